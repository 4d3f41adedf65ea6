"""The errors a terminal user can meet, each with a stable code and plain words.

Every error raised by the core is a :class:`HamyonError` (a
:class:`~biometrics.phrases.UserError`). Its ``code`` names it; its ``template``
is the English sentence the UI translates whole (Qt context "core", see
:mod:`biometrics.phrases`); ``params`` fill the placeholders: a param that is a
word for the user is a constant (collected for the catalogue) or a
:class:`~biometrics.phrases.Phrase`, never English glued with an f-string.
``message`` is the English text used by the command line. No message carries a
personal ID number, a face template or a name that the operator did not type on
this very screen.
"""

from __future__ import annotations

from typing import ClassVar

from biometrics.phrases import UserError, term

# What the window says of a failure that is not one of the packages' errors (a bug).
UNEXPECTED = term("Something went wrong. The details are in the log file; please tell IT.")


class HamyonError(UserError):
    """Base of every error the core shows to its user."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "Something went wrong."


# --- identity numbers and input -------------------------------------------------


class InvalidIdNumber(HamyonError):
    code = "invalid_id_number"
    template = "The {kind} is not valid: {reason}. Please check it against the document."


class InvalidDate(HamyonError):
    code = "invalid_date"
    template = "{field}: '{value}' is not a valid date; use YYYY-MM-DD."


class InvalidInput(HamyonError):
    code = "invalid_input"
    template = "{field}: {reason}."


class InvalidMemberIdNumber(InvalidInput):
    code = "invalid_member_id_number"
    template = "The ID number of {name} is not valid: {reason}. Please check it against the document."


class UnknownCitizen(HamyonError):
    code = "unknown_citizen"
    template = "No citizen with this ID number is registered at this site."


class PermissionDenied(HamyonError):
    code = "permission_denied"
    template = "Your role ({role}) may not {action}. Ask a supervisor."


class UnknownOperator(HamyonError):
    code = "unknown_operator"
    template = "This operator is not registered on this terminal or is disabled."


# --- dispensing -----------------------------------------------------------------


class IdentificationRequired(HamyonError):
    code = "identification_required"
    template = "The citizen must be identified first: {reason}."


class PrescriptionNotDispensable(HamyonError):
    code = "prescription_not_dispensable"
    template = "Prescription {number} cannot be dispensed: {reason}."


class AidNotAvailable(HamyonError):
    code = "aid_not_available"
    template = "The {aid} cannot be handed over: {reason}."


class QuantityExceedsPrescription(HamyonError):
    code = "quantity_exceeds_prescription"
    template = "{drug}: {requested} asked, but only {remaining} remain on the prescription."


class QuantityExceedsStock(HamyonError):
    code = "quantity_exceeds_stock"
    template = "{drug}: {requested} asked, but only {in_stock} are in stock."


# --- faces ----------------------------------------------------------------------


class ConsentRequired(HamyonError):
    code = "face_consent_required"
    template = "The citizen's consent to store their face is required before it can be enrolled."


class FaceEnrolledForAnother(HamyonError):
    code = "face_enrolled_for_another"
    template = "This face already matches another citizen's enrolled face. Ask a supervisor."


# --- school meals ---------------------------------------------------------------


class NotEligibleForMeals(HamyonError):
    code = "not_eligible_for_meals"
    template = "{student} is not eligible for free meals at this school."


class MealAlreadyServed(HamyonError):
    code = "meal_already_served"
    template = "{student} has already had {session} today (served at {served_at}). Not recorded again."


class UnknownMealSession(HamyonError):
    code = "unknown_meal_session"
    template = "This meal session does not exist at this school."


# --- applications ---------------------------------------------------------------


class ApplicationNotEditable(HamyonError):
    code = "application_not_editable"
    template = "This application was submitted on {submitted_at} and can no longer be changed."


class ApplicationIncomplete(HamyonError):
    code = "application_incomplete"
    template = "The application is not complete: {missing}."


class DuplicateApplication(HamyonError):
    code = "duplicate_application"
    template = "This family already has a submitted application for {benefit} (submitted on {submitted_on})."


class UnknownApplication(HamyonError):
    code = "unknown_application"
    template = "No such application on this terminal."


# --- the store ------------------------------------------------------------------


class StoreError(HamyonError):
    code = "store_error"
    template = "The terminal's data store failed: {reason}. Nothing was recorded."


class StoreFull(StoreError):
    code = "store_full"
    template = "The disk is full: nothing was recorded. Free some space, then try again."


class StoreReadOnly(StoreError):
    code = "store_read_only"
    template = "The data folder {path} cannot be written to: nothing was recorded. Ask IT to check the disk."


class StoreBusy(StoreError):
    code = "store_busy"
    template = "The data store is busy with another task: nothing was recorded. Try again in a moment."


class StoreCorrupt(StoreError):
    code = "store_corrupt"
    template = "The data store at {path} is damaged or is not a Hamyon store: {reason}."


class StoreDamaged(StoreCorrupt):
    """Pages of the store fail their check (SQLCipher's page MAC, SQLite's structure): found at open,
    by the daily check or while working. Nothing more is written until it is recovered."""

    code = "store_damaged"
    template = (
        "The data store at {path} is damaged: {reason}. Nothing more can be recorded on this terminal;"
        " ask IT to run 'hamyon store recover' (every act that can still be read is kept)."
    )


class StoreSound(StoreError):
    code = "store_sound"
    template = "The data store at {path} is sound: there is nothing to recover."


class StoreKeyError(StoreError):
    code = "store_key"
    template = (
        "The data on this terminal cannot be opened: its key is missing or wrong. "
        "Ask IT; nothing has been changed."
    )


class StoreKeyMissing(StoreKeyError):
    code = "store_key_missing"


class StoreTooNew(StoreError):
    code = "store_too_new"
    template = "The data store at {path} was written by a newer Hamyon version: update this terminal."


class ClockNotTrusted(HamyonError):
    code = "clock_not_trusted"
    template = (
        "This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right"
        " or sync with the registry, then try again."
    )


class SiteNotSetUp(HamyonError):
    code = "site_not_set_up"
    template = "This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first."
