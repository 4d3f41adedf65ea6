<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <location filename="../../biometrics/phrases.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).
An error message (biometrics.phrases.UserError).</extracomment>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {kind} is not valid: {reason}. Please check it against the document.</source>
        <extracomment>An error message (terminal.core.errors.InvalidIdNumber).</extracomment>
        <translation>The {kind} is not valid: {reason}. Please check it against the document.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{field}: '{value}' is not a valid date; use YYYY-MM-DD.</source>
        <extracomment>An error message (terminal.core.errors.InvalidDate).</extracomment>
        <translation>{field}: '{value}' is not a valid date; use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{field}: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.InvalidInput).</extracomment>
        <translation>{field}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The ID number of {name} is not valid: {reason}. Please check it against the document.</source>
        <extracomment>An error message (terminal.core.errors.InvalidMemberIdNumber).</extracomment>
        <translation>The ID number of {name} is not valid: {reason}. Please check it against the document.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No citizen with this ID number is registered at this site.</source>
        <extracomment>An error message (terminal.core.errors.UnknownCitizen).</extracomment>
        <translation>No citizen with this ID number is registered at this site.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Your role ({role}) may not {action}. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.PermissionDenied).</extracomment>
        <translation>Your role ({role}) may not {action}. Ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This operator is not registered on this terminal or is disabled.</source>
        <extracomment>An error message (terminal.core.errors.UnknownOperator).</extracomment>
        <translation>This operator is not registered on this terminal or is disabled.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen must be identified first: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.IdentificationRequired).</extracomment>
        <translation>The citizen must be identified first: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Prescription {number} cannot be dispensed: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.PrescriptionNotDispensable).</extracomment>
        <translation>Prescription {number} cannot be dispensed: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {aid} cannot be handed over: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.AidNotAvailable).</extracomment>
        <translation>The {aid} cannot be handed over: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {remaining} remain on the prescription.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsPrescription).</extracomment>
        <translation>{drug}: {requested} asked, but only {remaining} remain on the prescription.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {in_stock} are in stock.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsStock).</extracomment>
        <translation>{drug}: {requested} asked, but only {in_stock} are in stock.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen's consent to store their face is required before it can be enrolled.</source>
        <extracomment>An error message (terminal.core.errors.ConsentRequired).</extracomment>
        <translation>The citizen's consent to store their face is required before it can be enrolled.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This face already matches another citizen's enrolled face. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.FaceEnrolledForAnother).</extracomment>
        <translation>This face already matches another citizen's enrolled face. Ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} is not eligible for free meals at this school.</source>
        <extracomment>An error message (terminal.core.errors.NotEligibleForMeals).</extracomment>
        <translation>{student} is not eligible for free meals at this school.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} has already had {session} today (served at {served_at}). Not recorded again.</source>
        <extracomment>An error message (terminal.core.errors.MealAlreadyServed).</extracomment>
        <translation>{student} has already had {session} today (served at {served_at}). Not recorded again.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This meal session does not exist at this school.</source>
        <extracomment>An error message (terminal.core.errors.UnknownMealSession).</extracomment>
        <translation>This meal session does not exist at this school.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This application was submitted on {submitted_at} and can no longer be changed.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationNotEditable).</extracomment>
        <translation>This application was submitted on {submitted_at} and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The application is not complete: {missing}.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationIncomplete).</extracomment>
        <translation>The application is not complete: {missing}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This family already has a submitted application for {benefit} (submitted on {submitted_on}).</source>
        <extracomment>An error message (terminal.core.errors.DuplicateApplication).</extracomment>
        <translation>This family already has a submitted application for {benefit} (submitted on {submitted_on}).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No such application on this terminal.</source>
        <extracomment>An error message (terminal.core.errors.UnknownApplication).</extracomment>
        <translation>No such application on this terminal.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The terminal's data store failed: {reason}. Nothing was recorded.</source>
        <extracomment>An error message (terminal.core.errors.StoreError).</extracomment>
        <translation>The terminal's data store failed: {reason}. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The disk is full: nothing was recorded. Free some space, then try again.</source>
        <extracomment>An error message (terminal.core.errors.StoreFull).</extracomment>
        <translation>The disk is full: nothing was recorded. Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data folder {path} cannot be written to: nothing was recorded. Ask IT to check the disk.</source>
        <extracomment>An error message (terminal.core.errors.StoreReadOnly).</extracomment>
        <translation>The data folder {path} cannot be written to: nothing was recorded. Ask IT to check the disk.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store is busy with another task: nothing was recorded. Try again in a moment.</source>
        <extracomment>An error message (terminal.core.errors.StoreBusy).</extracomment>
        <translation>The data store is busy with another task: nothing was recorded. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged or is not a Hamyon store: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.StoreCorrupt).</extracomment>
        <translation>The data store at {path} is damaged or is not a Hamyon store: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged: {reason}. Nothing more can be recorded on this terminal; ask IT to run 'hamyon store recover' (every act that can still be read is kept).</source>
        <extracomment>An error message (terminal.core.errors.StoreDamaged).</extracomment>
        <translation>The data store at {path} is damaged: {reason}. Nothing more can be recorded on this terminal; ask IT to run 'hamyon store recover' (every act that can still be read is kept).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is sound: there is nothing to recover.</source>
        <extracomment>An error message (terminal.core.errors.StoreSound).</extracomment>
        <translation>The data store at {path} is sound: there is nothing to recover.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data on this terminal cannot be opened: its key is missing or wrong. Ask IT; nothing has been changed.</source>
        <extracomment>An error message (terminal.core.errors.StoreKeyError).</extracomment>
        <translation>The data on this terminal cannot be opened: its key is missing or wrong. Ask IT; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>The data store at {path} was written by a newer Hamyon version: update this terminal.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.</source>
        <extracomment>An error message (terminal.core.errors.ClockNotTrusted).</extracomment>
        <translation>This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. Try again after {time}, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLocked).</extracomment>
        <translation>Too many wrong PINs. Try again after {time}, or ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. This operator is locked until a supervisor sets a new PIN.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLockedUntilNewPin).</extracomment>
        <translation>Too many wrong PINs. This operator is locked until a supervisor sets a new PIN.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>{session} is served from {starts} to {ends}; it is {time} now. A meal outside these hours needs a supervisor's word.</source>
        <extracomment>An error message (terminal.core.meals.MealOutsideHours).</extracomment>
        <translation>{session} is served from {starts} to {ends}; it is {time} now. A meal outside these hours needs a supervisor's word.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>{name} is locked until a new PIN is set: set a new PIN for them instead.</source>
        <extracomment>An error message (terminal.core.operators.LockNeedsNewPin).</extracomment>
        <translation>{name} is locked until a new PIN is set: set a new PIN for them instead.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The supervisor's word is not taken: {reason}.</source>
        <extracomment>An error message (terminal.core.operators.WordRefused).</extracomment>
        <translation>The supervisor's word is not taken: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>The name or PIN is not right. Try again, or ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>This is not a medicine pack's code ({reason}). Scan the square code on the pack again.</source>
        <extracomment>An error message (terminal.core.packs.PackUnreadable).</extracomment>
        <translation>This is not a medicine pack's code ({reason}). Scan the square code on the pack again.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack {serial} cannot be handed out: {reason}.</source>
        <extracomment>An error message (terminal.core.packs.PackRefused).</extracomment>
        <translation>The pack {serial} cannot be handed out: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack scanned is {scanned}, not a medicine being handed out ({expected}).</source>
        <extracomment>An error message (terminal.core.packs.PackWrongMedicine).</extracomment>
        <translation>The pack scanned is {scanned}, not a medicine being handed out ({expected}).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>{drug}: scan every pack handed out (none scanned yet).</source>
        <extracomment>An error message (terminal.core.packs.PacksMissing).</extracomment>
        <translation>{drug}: scan every pack handed out (none scanned yet).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>Only a dispense, a meal or an aid's hand-over recorded at this terminal can be reversed.</source>
        <extracomment>An error message (terminal.core.reversals.NotReversible).</extracomment>
        <translation>Only a dispense, a meal or an aid's hand-over recorded at this terminal can be reversed.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>This was reversed already, on {at} by {supervisor}: {reason}.</source>
        <extracomment>An error message (terminal.core.reversals.AlreadyReversed).</extracomment>
        <translation>This was reversed already, on {at} by {supervisor}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>'hamyon simulate' makes up activity: it runs only on a demo site or on a terminal connected to a registry on this computer, not at {registry}.</source>
        <extracomment>An error message (terminal.core.simulate.SimulationRefused).</extracomment>
        <translation>'hamyon simulate' makes up activity: it runs only on a demo site or on a terminal connected to a registry on this computer, not at {registry}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulation.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulation.NothingToSimulate).</extracomment>
        <translation>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>This terminal has not learned the registry's key for USB bundles yet: connect it to the registry once ('hamyon sync') before it can write a bundle.</source>
        <extracomment>An error message (terminal.sync_client.bundle.RegistryKeyUnknown).</extracomment>
        <translation>This terminal has not learned the registry's key for USB bundles yet: connect it to the registry once ('hamyon sync') before it can write a bundle.</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>There is no bundle from the registry for this terminal ({device}) in {where}.</source>
        <extracomment>An error message (terminal.sync_client.bundle.NoBundleHere).</extracomment>
        <translation>There is no bundle from the registry for this terminal ({device}) in {where}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The Face-ID engine failed.</source>
        <extracomment>An error message (biometrics.errors.BiometricsError).</extracomment>
        <translation>The Face-ID engine failed.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face models are not installed ({detail}). Reinstall Hamyon Terminal.</source>
        <extracomment>An error message (biometrics.errors.ModelsMissing).</extracomment>
        <translation>The face models are not installed ({detail}). Reinstall Hamyon Terminal.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} cannot be used as a picture: {reason}.</source>
        <extracomment>An error message (biometrics.errors.BadImage).</extracomment>
        <translation>{name} cannot be used as a picture: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} is too large ({size}); the limit is {limit}. Use a smaller picture.</source>
        <extracomment>An error message (biometrics.errors.ImageTooLarge).</extracomment>
        <translation>{name} is too large ({size}); the limit is {limit}. Use a smaller picture.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>No face was found in {name}.</source>
        <extracomment>An error message (biometrics.errors.NoFace).</extracomment>
        <translation>No face was found in {name}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{count} faces of similar size are in {name}: the picture must show only one person.</source>
        <extracomment>An error message (biometrics.errors.SeveralFaces).</extracomment>
        <translation>{count} faces of similar size are in {name}: the picture must show only one person.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face in {name} is not good enough: {reason}.</source>
        <extracomment>An error message (biometrics.errors.LowQuality).</extracomment>
        <translation>The face in {name} is not good enough: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>A face template must be 128 finite numbers: {reason}.</source>
        <extracomment>An error message (biometrics.errors.InvalidTemplate).</extracomment>
        <translation>A face template must be 128 finite numbers: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face could not be enrolled: {reason}.</source>
        <extracomment>An error message (biometrics.errors.EnrollmentIncomplete).</extracomment>
        <translation>The face could not be enrolled: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} failed: {reason}.</source>
        <extracomment>An error message (biometrics.errors.CameraError).</extracomment>
        <translation>{source} failed: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} was not found: {hint}.</source>
        <extracomment>An error message (biometrics.errors.CameraNotFound).</extracomment>
        <translation>{source} was not found: {hint}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} is in use by another program: close that program, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraBusy).</extracomment>
        <translation>{source} is in use by another program: close that program, then try again.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} stopped sending pictures: check its cable or file, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraLost).</extracomment>
        <translation>{source} stopped sending pictures: check its cable or file, then try again.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation failed.</source>
        <extracomment>An error message (sync.errors.SyncError).</extracomment>
        <translation>Synchronisation failed.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.</source>
        <extracomment>An error message (sync.errors.RegistryUnreachable).</extracomment>
        <translation>The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry answered with an error ({status}: {reason}). It will be tried again.</source>
        <extracomment>An error message (sync.errors.RegistryFailed).</extracomment>
        <translation>The registry answered with an error ({status}: {reason}). It will be tried again.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused the request: {reason}</source>
        <extracomment>An error message (sync.errors.RegistryRefused).</extracomment>
        <translation>The registry refused the request: {reason}</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry's certificate is not the one this terminal trusts (its fingerprint is {seen}): nothing was sent. Someone may be impersonating the registry; ask a supervisor.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateMismatch).</extracomment>
        <translation>The registry's certificate is not the one this terminal trusts (its fingerprint is {seen}): nothing was sent. Someone may be impersonating the registry; ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry's certificate cannot be verified ({reason}): nothing was sent. Check the registry's address and this terminal's CA bundle.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateUntrusted).</extracomment>
        <translation>The registry's certificate cannot be verified ({reason}): nothing was sent. Check the registry's address and this terminal's CA bundle.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is not connected to a registry: run 'hamyon setup --registry URL --code CODE'.</source>
        <extracomment>An error message (sync.errors.NotEnrolled).</extracomment>
        <translation>This terminal is not connected to a registry: run 'hamyon setup --registry URL --code CODE'.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is already connected to {registry} as device {device}; use an empty --home.</source>
        <extracomment>An error message (sync.errors.AlreadyEnrolled).</extracomment>
        <translation>This terminal is already connected to {registry} as device {device}; use an empty --home.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This home already holds a site that is not from a registry ({facility}); use an empty --home.</source>
        <extracomment>An error message (sync.errors.HomeNotEmpty).</extracomment>
        <translation>This home already holds a site that is not from a registry ({facility}); use an empty --home.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device key {path} is missing or unreadable: the terminal must be set up again.</source>
        <extracomment>An error message (sync.errors.KeyMissing).</extracomment>
        <translation>The device key {path} is missing or unreadable: the terminal must be set up again.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{count} acts wait for earlier ones the registry refused ({reason}); ask a supervisor.</source>
        <extracomment>An error message (sync.errors.PushStalled).</extracomment>
        <translation>{count} acts wait for earlier ones the registry refused ({reason}); ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation was cancelled; it resumes where it stopped.</source>
        <extracomment>An error message (sync.errors.SyncCancelled).</extracomment>
        <translation>Synchronisation was cancelled; it resumes where it stopped.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request is malformed: {reason}.</source>
        <extracomment>An error message (sync.errors.BadRequest).</extracomment>
        <translation>The request is malformed: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device is not enrolled at the registry.</source>
        <extracomment>An error message (sync.errors.UnknownDevice).</extracomment>
        <translation>This device is not enrolled at the registry.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request's signature does not match the device's key.</source>
        <extracomment>An error message (sync.errors.BadSignature).</extracomment>
        <translation>The request's signature does not match the device's key.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device clock is off by more than {limit} seconds from the registry's ({server_time}).</source>
        <extracomment>An error message (sync.errors.ClockSkew).</extracomment>
        <translation>The device clock is off by more than {limit} seconds from the registry's ({server_time}).</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This request was already received once (a replay); it is ignored.</source>
        <extracomment>An error message (sync.errors.ReplayedRequest).</extracomment>
        <translation>This request was already received once (a replay); it is ignored.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device was revoked at the registry; a supervisor must set the terminal up again.</source>
        <extracomment>An error message (sync.errors.DeviceRevoked).</extracomment>
        <translation>This device was revoked at the registry; a supervisor must set the terminal up again.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The enrollment code is unknown, used already or expired: ask the registry for a new one.</source>
        <extracomment>An error message (sync.errors.EnrollmentCodeInvalid).</extracomment>
        <translation>The enrollment code is unknown, used already or expired: ask the registry for a new one.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The batch holds {count} acts; the registry takes at most {limit} at once.</source>
        <extracomment>An error message (sync.errors.BatchTooLarge).</extracomment>
        <translation>The batch holds {count} acts; the registry takes at most {limit} at once.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is larger than the registry takes ({limit} bytes).</source>
        <extracomment>An error message (sync.errors.BodyTooLarge).</extracomment>
        <translation>The request body is larger than the registry takes ({limit} bytes).</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{url} is not an https:// address: citizens' data must not cross the network unencrypted. Ask the registry team for its https:// address.</source>
        <extracomment>An error message (sync.errors.PlainHttpRefused).</extracomment>
        <translation>{url} is not an https:// address: citizens' data must not cross the network unencrypted. Ask the registry team for its https:// address.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This registry answers only over HTTPS; use an https:// address.</source>
        <extracomment>An error message (sync.errors.HttpsRequired).</extracomment>
        <translation>This registry answers only over HTTPS; use an https:// address.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.</source>
        <extracomment>An error message (sync.errors.AuditChainBroken).</extracomment>
        <translation>The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's audit trail up to entry {head}; entry {seq} cannot follow it.</source>
        <extracomment>An error message (sync.errors.AuditGap).</extracomment>
        <translation>The registry holds this terminal's audit trail up to entry {head}; entry {seq} cannot follow it.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's acts up to act {head}: it cannot take acts {first} to {last} as lost.</source>
        <extracomment>An error message (sync.errors.GapMismatch).</extracomment>
        <translation>The registry holds this terminal's acts up to act {head}: it cannot take acts {first} to {last} as lost.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is encoded as {encoding}; send identity or gzip.</source>
        <extracomment>An error message (sync.errors.UnsupportedEncoding).</extracomment>
        <translation>The request body is encoded as {encoding}; send identity or gzip.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry speaks protocol versions {supported}; this terminal sent {sent}. Update it.</source>
        <extracomment>An error message (sync.errors.ProtocolUnsupported).</extracomment>
        <translation>The registry speaks protocol versions {supported}; this terminal sent {sent}. Update it.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry is busy or its database is unavailable; try again shortly.</source>
        <extracomment>An error message (sync.errors.RegistryBusy).</extracomment>
        <translation>The registry is busy or its database is unavailable; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry database {url} cannot be used: {reason}.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseError).</extracomment>
        <translation>The registry database {url} cannot be used: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>There is no registry database at {path}: check the --db address.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseMissing).</extracomment>
        <translation>There is no registry database at {path}: check the --db address.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry has no facility {facility}: seed or import it first.</source>
        <extracomment>An error message (sync.errors.UnknownFacility).</extracomment>
        <translation>The registry has no facility {facility}: seed or import it first.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{source}: {reason}.</source>
        <extracomment>An error message (sync.errors.ImportFailed).</extracomment>
        <translation>{source}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleDamaged).</extracomment>
        <translation>This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle was changed after it was written (its signature does not match): it is refused whole and nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleChanged).</extracomment>
        <translation>The bundle was changed after it was written (its signature does not match): it is refused whole and nothing in it was used.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotForUs).</extracomment>
        <translation>The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle could not be written to {folder} (the stick is full, read-only or was taken out): nothing was left there. Try another stick or folder.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotWritten).</extracomment>
        <translation>The bundle could not be written to {folder} (the stick is full, read-only or was taken out): nothing was left there. Try another stick or folder.</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>The request is not signed: the device, time, nonce and signature headers are required (a nonce of at most {limit} characters).</source>
        <extracomment>An error message (sync.server.auth.UnsignedRequest).</extracomment>
        <translation>The request is not signed: the device, time, nonce and signature headers are required (a nonce of at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please blink slowly.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Please blink slowly.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your left.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Please turn your head slowly to your left.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your right.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Please turn your head slowly to your right.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>waiting for the person</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>waiting for the person</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>the person responded as asked</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>a different face came into view: start again</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>no blink was seen in time: a photo or a screen cannot blink</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>the head did not turn as asked in time: a photo or a screen cannot turn</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it comes after an act the registry refused</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>it comes after an act the registry refused</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>an earlier act has not reached the registry yet</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>an earlier act has not reached the registry yet</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its number was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>its number was already used by another act</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its signature does not match this terminal's key</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>its signature does not match this terminal's key</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it was changed after it was recorded</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>it was changed after it was recorded</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its place in the sequence was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>its place in the sequence was already used by another act</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it does not follow on from the act before it</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>it does not follow on from the act before it</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry does not know this kind of act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>the registry does not know this kind of act</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its contents are not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>its contents are not valid</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it belongs to another facility</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>it belongs to another facility</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its time is not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>its time is not valid</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it dispenses from another citizen's prescription</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>it dispenses from another citizen's prescription</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the student or the meal session is not of its school</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>the student or the meal session is not of its school</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated before this terminal was set up: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>it is dated before this terminal was set up: check the terminal's clock</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated more than a day ahead of the registry: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>it is dated more than a day ahead of the registry: check the terminal's clock</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no act of this terminal that may be reversed</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>it reverses no act of this terminal that may be reversed</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the act it reverses was reversed already</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>the act it reverses was reversed already</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>server error</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>server error</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry is busy</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>the registry is busy</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry's database cannot be used</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>the registry's database cannot be used</translation>
    </message>
    <message>
        <location filename="../../terminal/core/money.py"/>
        <source>so'm</source>
        <extracomment>A currency's sign after an amount (100 000.00 so'm): as written in this language.</extracomment>
        <translation>so'm</translation>
    </message>
    <message>
        <location filename="../../terminal/core/money.py"/>
        <source>₸</source>
        <extracomment>A currency's sign after an amount (100 000.00 so'm): as written in this language.</extracomment>
        <translation>₸</translation>
    </message>
    <message>
        <location filename="../../terminal/core/act_receipts.py"/>
        <location filename="../../terminal/core/aids.py"/>
        <location filename="../../terminal/core/receipts.py"/>
        <source>receipt</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/core/act_receipts.py"/>
        <source>no dispense or hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>no dispense or hand-over with this number</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <source>the end comes before the start</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>the end comes before the start</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>mobility</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>mobility</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>hearing</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>hearing</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>vision</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>vision</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>prosthesis</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>prosthesis</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>care</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>care</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>the entitlement was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the entitlement was cancelled</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>it was already handed over</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it was already handed over</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>aid</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>aid</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>this is not an entitlement of this person</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>this is not an entitlement of this person</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>no hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>no hand-over with this number</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>serial number</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>serial number</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>type or scan the serial number on the aid's label</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>type or scan the serial number on the aid's label</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>use only letters, digits and - / . (at most 64 characters)</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>use only letters, digits and - / . (at most 64 characters)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>someone in this family already applied for this benefit in the last 12 months</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>someone in this family already applied for this benefit in the last 12 months</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>application</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>it is not submitted yet</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>it is not submitted yet</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft: not submitted yet</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Draft: not submitted yet</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Needs attention: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: the registry did not take it ({reason})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Needs attention: the registry did not take it ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted on {date}, waiting to be sent to the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Submitted on {date}, waiting to be sent to the registry</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Received by the registry</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Received by the registry on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Approved by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Approved by the registry on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Refused by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Refused by the registry on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry asks for documents (since {date})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>The registry asks for documents (since {date})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Started by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Started by {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft last saved</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Draft last saved</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Submitted by {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Sending tried {count} times; it is tried again while the terminal is online</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Sending tried {count} times; it is tried again while the terminal is online</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry did not take it: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>The registry did not take it: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry found that {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>The registry found that {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry received a later application that conflicts with this one</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>The registry received a later application that conflicts with this one</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>{name}, born {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{name}, born {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like {people}; flagged for the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Face checked: it looks like {people}; flagged for the registry</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it is the applicant's own enrolled face</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Face checked: it is the applicant's own enrolled face</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like nobody else enrolled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Face checked: it looks like nobody else enrolled</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>the registry found a conflict with another act ({kind})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the registry found a conflict with another act ({kind})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>benefit type</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>benefit type</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed benefits</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>choose one of the listed benefits</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>name</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>a family member</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>a family member</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>birth date</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>birth date</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it does not match the birth date in the ID number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>it does not match the birth date in the ID number</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>relation</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed relations</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>choose one of the listed relations</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>place of work</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>place of work</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>unknown body</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>unknown body</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the family member's name is empty</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>the family member's name is empty</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>occupation</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>occupation</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>family members</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>family members</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the same ID number is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>the same ID number is listed twice</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>only one person can be the applicant</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>only one person can be the applicant</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>income</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it belongs to someone not in the family</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>it belongs to someone not in the family</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income source</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>income source</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed sources</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>choose one of the listed sources</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>monthly income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>monthly income</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>asset</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed kinds</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>choose one of the listed kinds</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset value</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>asset value</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset description</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>asset description</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>phone</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>the applicant</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the benefit type</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>the benefit type</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>the address</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant's consent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>the applicant's consent</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>at most {limit} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it contains control characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>it contains control characters</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>must be a whole amount, zero or more</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>must be a whole amount, zero or more</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the amount is implausibly large</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>the amount is implausibly large</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>child-care allowance (child under 2)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>child-care allowance (child under 2)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>allowance for families with children under 14</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>allowance for families with children under 14</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>material aid for low-income families</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>material aid for low-income families</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the defence bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} serves in the defence bodies: their families may not receive these benefits</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the internal affairs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} serves in the internal affairs bodies: their families may not receive these benefits</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the emergency situations bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} serves in the emergency situations bodies: their families may not receive these benefits</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the state security bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} serves in the state security bodies: their families may not receive these benefits</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the national guard bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} serves in the national guard bodies: their families may not receive these benefits</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the customs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} serves in the customs bodies: their families may not receive these benefits</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is at or below the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Income per person {per_capita} a month ({size} in the family) is at or below the threshold of {threshold}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is above the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Income per person {per_capita} a month ({size} in the family) is above the threshold of {threshold}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Declared assets worth {assets} exceed the limit of {limit}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Declared assets worth {assets} exceed the limit of {limit}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} is {months} months old</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>{name} is {months} months old</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>No child in the family is under 2</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{count} children under 14 in the family</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>{count} children under 14 in the family</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>No child in the family is under 14</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>No child in the family is under 2: the youngest, {name}, was born on {born}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>No child in the family is under 14: the youngest, {name}, was born on {born}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>no purge entry accounts for the removed entries</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>no purge entry accounts for the removed entries</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>the purge anchors differ from what the last purge recorded</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the purge anchors differ from what the last purge recorded</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>entry {seq} is missing</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>entry {seq} is missing</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>it does not follow the entry before it (removed or reordered)</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it does not follow the entry before it (removed or reordered)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>its content was changed after it was written</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>its content was changed after it was written</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dates.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it expired on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dates.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it is valid only from {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispense_packs.py"/>
        <source>it was handed out at this terminal on {day}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it was handed out at this terminal on {day}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it was cancelled</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>nothing left on the prescription</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>nothing left on the prescription</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>out of stock</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>out of stock</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>low stock: {count} left</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>low stock: {count} left</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>medicines</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>choose at least one medicine to hand out</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>choose at least one medicine to hand out</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>quantity</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>quantity</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>must be a whole number above zero</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>must be a whole number above zero</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the same prescription line is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>the same prescription line is listed twice</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>this is not a prescription of this patient</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>this is not a prescription of this patient</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong. The details are in the log file; please tell IT.</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Something went wrong. The details are in the log file; please tell IT.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/exports.py"/>
        <source>Exported by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Exported by {operator} at {time} from terminal {device}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/exports.py"/>
        <source>Printed by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Printed by {operator} at {time} from terminal {device}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>face templates</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>face templates</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>none were captured</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>none were captured</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <location filename="../../terminal/core/operators.py"/>
        <location filename="../../terminal/core/reversals.py"/>
        <source>write the reason</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>write the reason</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>enroll a look-alike face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>enroll a look-alike face</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>reason</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>a written reason is required</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>a written reason is required</translation>
    </message>
    <message>
        <location filename="../../terminal/core/identification.py"/>
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>unknown identification method '{method}'</translation>
    </message>
    <message>
        <location filename="../../terminal/core/identification.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>a supervisor and reason belong only to an override</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (PINFL)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ID number (PINFL)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (IIN)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ID number (IIN)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must contain digits only</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>it must contain digits only</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must have {length} digits, not {count}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it must have {length} digits, not {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the check digit does not match</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>the check digit does not match</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the century and sex digit must be 1 to 6</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>the century and sex digit must be 1 to 6</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is impossible</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>the birth date in it is impossible</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is in the future</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>the birth date in it is in the future</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>the first day</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the last day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>the last day</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day is after the last day</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>the first day is after the last day</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>school</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>no such school at this site</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>no such school at this site</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Breakfast</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Breakfast</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Lunch</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Afternoon snack</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Afternoon snack</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Dinner</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Dinner</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>confirm a meal outside its hours</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>confirm a meal outside its hours</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>student</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>not a student of this school</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>not a student of this school</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>a supervisor other than you must give it</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>a supervisor other than you must give it</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>PIN</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>at least {count} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>at least {count} characters</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>operator</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>no such operator</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>no such operator</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>an override needs a written reason</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override must be signed by a supervisor other than you</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>the override must be signed by a supervisor other than you</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a supervisor's signature</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>an override needs a supervisor's signature</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>this override was signed for another citizen or operator</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>this override was signed for another citizen or operator</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override has expired or was already used; ask the supervisor again</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>the override has expired or was already used; ask the supervisor again</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>nothing was scanned</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>nothing was scanned</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it is not a GS1 code</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>it is not a GS1 code</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has no product code and serial number</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>it has no product code and serial number</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>the product code's check digit is wrong</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>the product code's check digit is wrong</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has expired</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>it has expired</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it was scanned already for this hand-out</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>it was scanned already for this hand-out</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>search</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>search</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>type at least two letters of the name</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>type at least two letters of the name</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>no dispense with this number</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a recorded act</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>reverse a recorded act</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>nurse</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>nurse</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>canteen staff</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>canteen staff</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>inspector</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>inspector</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>social worker</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>social worker</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>supervisor</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>dispense medicines</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>serve school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>serve school meals</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>export meal reports</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>export meal reports</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>register applications</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>hand over technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>hand over technical aids</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>override an identification</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>enroll a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>enroll a citizen's face</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>remove a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>remove a citizen's face</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>change settings</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>change settings</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>manage operators</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>manage operators</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>read the audit trail</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Per-capita monthly income at or below which a family counts as low-income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Per-capita monthly income at or below which a family counts as low-income</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Total declared asset value above which material aid is not recommended</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Total declared asset value above which material aid is not recommended</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Minutes without use after which the terminal locks its screen</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Minutes without use after which the terminal locks its screen</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which the face templates of a citizen not seen here are erased</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Days after which the face templates of a citizen not seen here are erased</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which acts the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Days after which acts the registry holds are removed from this terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which audit entries the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Days after which audit entries the registry holds are removed from this terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which application drafts not touched since are discarded</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Days after which application drafts not touched since are discarded</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Every medicine pack is scanned at hand-out (the square code on it)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Every medicine pack is scanned at hand-out (the square code on it)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The character the pack scanner types for a group separator</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>The character the pack scanner types for a group separator</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The Face-ID instructions are spoken aloud in the elderly mode</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>The Face-ID instructions are spoken aloud in the elderly mode</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Loudness of the spoken guidance, in percent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Loudness of the spoken guidance, in percent</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a whole number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>it must be a whole number</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>it must be a number</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be yes or no</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>it must be yes or no</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be text</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>it must be text</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be from {low} to {high}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it must be from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>there is no such setting</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>there is no such setting</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>the disk failed to read or write ({detail})</source>
        <extracomment>Fills {reason} in “The terminal's data store failed: {reason}. Nothing was recorded.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the disk failed to read or write ({detail})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>it holds tables of another program</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it is not a whole number of database pages</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>it is not a whole number of database pages</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>its encrypted copy did not match; the original is kept</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>its encrypted copy did not match; the original is kept</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>the damage report beside it cannot be read</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>the damage report beside it cannot be read</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its first page (the header) fails its check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>its first page (the header) fails its check</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>{count} of its {total} pages fail their check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} of its {total} pages fail their check</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its salt (the first bytes of the file) is damaged</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>its salt (the first bytes of the file) is damaged</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>SQLite's check of the store failed</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>SQLite's check of the store failed</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_rekey.py"/>
        <source>it did not open with its new key; the old and the new key are both kept</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it did not open with its new key; the old and the new key are both kept</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days ahead of the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it is {days} days ahead of the registry's</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days behind the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it is {days} days behind the registry's</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is behind the last time known here ({at})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it is behind the last time known here ({at})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days past the last time known here, and the registry has not confirmed it</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it is {days} days past the last time known here, and the registry has not confirmed it</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>school meals</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>applications</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>technical aids</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>it cannot be read</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>it cannot be read</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>another terminal</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>another terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its answers are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>its answers are not in the protocol's form</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its news is not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>its news is not in the protocol's form</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>acts recorded offline</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a pinned certificate needs an https:// registry address</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>a pinned certificate needs an https:// registry address</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>a page of changes without changes or cursor</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>no answer in time</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>no connection</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>the answer was cut off</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer the protocol does not allow</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>an answer the protocol does not allow</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>this terminal is not enrolled</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer too large to take</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>an answer too large to take</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it answered with the HTTP status {status}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it answered with the HTTP status {status}</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it said: {message}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it said: {message}</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>only {count} of {needed} good pictures were taken</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>only {count} of {needed} good pictures were taken</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>the pictures do not all show the same person: start again</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the gallery folder {folder} does not exist</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the gallery folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>it holds no sub-folder per person</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it holds no sub-folder per person</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>no usable face in the gallery folder {folder} ({why})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>no usable face in the gallery folder {folder} ({why})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>over {count} pixels</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>over {count} pixels</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>{count} pixels</source>
        <extracomment>Fills {limit} in “{name} is too large ({size}); the limit is {limit}. Use a smaller picture.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} pixels</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not a picture in a known format</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>it is not a picture in a known format</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is damaged or incomplete</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>the file is damaged or incomplete</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <location filename="../../biometrics/sources.py"/>
        <source>the file does not exist</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”
Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is a folder, not a file</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file cannot be opened ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the file cannot be opened ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>{count} MB</source>
        <extracomment>Fills {size} in “{name} is too large ({size}); the limit is {limit}. Use a smaller picture.”
Fills {limit} in “{name} is too large ({size}); the limit is {limit}. Use a smaller picture.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} MB</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>{width} x {height} pixels</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{width} x {height} pixels</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it has no pixels</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>it has no pixels</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the frame</source>
        <extracomment>Fills {name} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>the frame</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not an 8-bit picture</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>it is not an 8-bit picture</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>its shape {shape} is not height x width x 3</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>its shape {shape} is not height x width x 3</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>the face_recognition_models package is not installed</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the file {file} is missing</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the file {file} is missing</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>a model file cannot be read: {error}</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>a model file cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>the dlib library is not installed</translation>
    </message>
    <message>
        <location filename="../../biometrics/pipeline.py"/>
        <source>the face could not be measured</source>
        <extracomment>Fills {reason} in “The face in {name} is not good enough: {reason}.”</extracomment>
        <translation>the face could not be measured</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too far from the camera: come closer</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>too far from the camera: come closer</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too dark: add light in front of the face</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>too dark: add light in front of the face</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too bright: move out of direct light</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>too bright: move out of direct light</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>blurred: hold still and look at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>blurred: hold still and look at the camera</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>turned away: look straight at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>turned away: look straight at the camera</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>eyes closed: keep the eyes open</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>eyes closed: keep the eyes open</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>several faces: only the person to identify may face the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>several faces: only the person to identify may face the camera</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>the face is partly out of view: move to the centre</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>the face is partly out of view: move to the centre</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>camera {index}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>camera {index}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>no camera with this number is connected</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>no camera with this number is connected</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>this user may not use it (ask IT to allow video)</source>
        <extracomment>Fills {reason} in “{source} failed: {reason}.”</extracomment>
        <translation>this user may not use it (ask IT to allow video)</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the video {file}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the video {file}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>it is not a video this terminal can play</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder {folder}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../biometrics/stream.py"/>
        <source>it failed unexpectedly ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it failed unexpectedly ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>it is not a list of numbers</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it has the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it has the shape {shape}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>it holds a value that is not a finite number</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they are not lists of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>they are not lists of numbers</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they have the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>they have the shape {shape}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>one holds a value that is not a finite number</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is {size} bytes, not {expected}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it is {size} bytes, not {expected}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>{size} bytes is not a whole number of templates</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{size} bytes is not a whole number of templates</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>reason code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>reason code {code}</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>error code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>error code {code}</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it does not start as a bundle does</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>it does not start as a bundle does</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it is cut short</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>it is cut short</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its header is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>its header is unreadable</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>an unknown bundle format</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>an unknown bundle format</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>its sealed part is unreadable</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is too large or incomplete</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>its sealed part is too large or incomplete</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the client went away</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the client went away</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the gzip body is damaged</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the gzip body is truncated</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>differs from the entry the registry holds</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>differs from the entry the registry holds</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not follow the entry before it</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>does not follow the entry before it</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not match its hash</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>does not match its hash</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the time header is not an ISO 8601 time with an offset</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>a terminal (it is a bundle from the registry)</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>a terminal (it is a bundle from the registry)</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>its acts are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>its acts are not in the protocol's form</translation>
    </message>
    <message>
        <location filename="../../sync/server/db.py"/>
        <source>use sqlite:///PATH or postgresql://...</source>
        <extracomment>Fills {reason} in “The registry database {url} cannot be used: {reason}.”</extracomment>
        <translation>use sqlite:///PATH or postgresql://...</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>the public key is not a base64 Ed25519 key</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the public key is not a base64 Ed25519 key</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>this public key is enrolled already; generate a new one</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>this public key is enrolled already; generate a new one</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>template</source>
        <extracomment>Fills {source} in “{source}: {reason}.”</extracomment>
        <translation>template</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>the encoding is not 128 float32 values</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>the encoding is not 128 float32 values</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>only .csv and .json files can be imported</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>only .csv and .json files can be imported</translation>
    </message>
    <message>
        <location filename="../../sync/server/records.py"/>
        <source>it belongs to a citizen the registry does not hold</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>it belongs to a citizen the registry does not hold</translation>
    </message>
    <message>
        <location filename="../../sync/server/seed.py"/>
        <source>it is in the registry already</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>it is in the registry already</translation>
    </message>
</context>
<context>
    <name>AidReceiptPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over: the receipt</source>
        <translation>Handed over: the receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Next person (Enter)</source>
        <translation>Next person (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Receipt {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Person: {name}, ID number {number}</source>
        <translation>Person: {name}, ID number {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Identified by: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Serial number: {serial}</source>
        <translation>Serial number: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Decision: {number}</source>
        <translation>Decision: {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Paid by the state: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the person: {money}</source>
        <translation>Paid by the person: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over by: {name}</source>
        <translation>Handed over by: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>supervisor override</source>
        <translation>supervisor override</translation>
    </message>
</context>
<context>
    <name>AidsDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Today's hand-overs</source>
        <translation>Today's hand-overs</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Hand-overs: {count} · Cost to the state: {money}</source>
        <translation>Hand-overs: {count} · Cost to the state: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Handed over twice: tell the supervisor</source>
        <translation>Handed over twice: tell the supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Cost to the state</source>
        <translation>Cost to the state</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>The registry found an aid handed over here and at another office as well. Tell the supervisor.</source>
        <translation>The registry found an aid handed over here and at another office as well. Tell the supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Nothing handed over here today yet.</source>
        <translation>Nothing handed over here today yet.</translation>
    </message>
</context>
<context>
    <name>AidsFaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Who is the person?</source>
        <translation>Who is the person?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Today's hand-overs (F6)</source>
        <translation>Today's hand-overs (F6)</translation>
    </message>
</context>
<context>
    <name>AidsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Technical aids</source>
        <translation>Technical aids</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type an amount in {currency} in digits, for example 1500000 or 1500000.50.</source>
        <translation>Type an amount in {currency} in digits, for example 1500000 or 1500000.50.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the amount.</source>
        <translation>Type the amount.</translation>
    </message>
</context>
<context>
    <name>ApplicantStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The applicant</source>
        <translation>The applicant</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The person who applies, as written in their identity document.</source>
        <translation>The person who applies, as written in their identity document.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Occupation (optional)</source>
        <translation>Occupation (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in one of these bodies</source>
        <translation>Serves in one of these bodies</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Address of the family</source>
        <translation>Address of the family</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
</context>
<context>
    <name>ApplicationRecordPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History of the application</source>
        <translation>History of the application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Print the slip for the family (Ctrl+P)</source>
        <translation>Print the slip for the family (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Paper for printing</source>
        <translation>Paper for printing</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>A4 sheet</source>
        <translation>A4 sheet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Application {number}</source>
        <translation>Application {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Applicant: {name}, ID number {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Benefit: {benefit}</source>
        <translation>Benefit: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Family members: {count}</source>
        <translation>Family members: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Submitted on {time} by {name}</source>
        <translation>Submitted on {time} by {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>⚠ The applicant's face looks like {people}: the application went to the registry flagged.</source>
        <translation>⚠ The applicant's face looks like {people}: the application went to the registry flagged.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{time} · {what}</source>
        <translation>{time} · {what}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family may not receive these benefits.</source>
        <translation>Preliminary assessment: the family may not receive these benefits.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears to be eligible.</source>
        <translation>Preliminary assessment: the family appears to be eligible.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears not to be eligible.</source>
        <translation>Preliminary assessment: the family appears not to be eligible.</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Steps of the application</source>
        <translation>Steps of the application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Save and close</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Draft saved at {time}</source>
        <translation>Draft saved at {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Step {number} of {total}: {title}</source>
        <translation>Step {number} of {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Next: {title}</source>
        <translation>&amp;Next: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The faces enrolled at this site are still loading: take the face template again.</source>
        <translation>The faces enrolled at this site are still loading: take the face template again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The draft of {name} is saved. Resume it from the list.</source>
        <translation>The draft of {name} is saved. Resume it from the list.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Some answers need attention: see the messages under the fields.</source>
        <translation>Some answers need attention: see the messages under the fields.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{benefit} cannot be chosen for this family. {reason}. Choose another benefit.</source>
        <translation>{benefit} cannot be chosen for this family. {reason}. Choose another benefit.</translation>
    </message>
</context>
<context>
    <name>ApplicationWords</name>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child-care allowance (a child under 2)</source>
        <translation>Child-care allowance (a child under 2)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance for families with children under 14</source>
        <translation>Allowance for families with children under 14</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Material aid for low-income families</source>
        <translation>Material aid for low-income families</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Salary</source>
        <translation>Salary</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Farming</source>
        <translation>Farming</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Livestock</source>
        <translation>Livestock</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Bank deposit</source>
        <translation>Bank deposit</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other property</source>
        <translation>Other property</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>None of these bodies</source>
        <translation>None of these bodies</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Defence</source>
        <translation>Defence</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Internal affairs</source>
        <translation>Internal affairs</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Emergency situations</source>
        <translation>Emergency situations</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>State security</source>
        <translation>State security</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>National guard</source>
        <translation>National guard</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Customs</source>
        <translation>Customs</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Waiting to be sent to the registry</source>
        <translation>Waiting to be sent to the registry</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Set aside: the registry did not take it; ask a supervisor</source>
        <translation>Set aside: the registry did not take it; ask a supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>At the registry</source>
        <translation>At the registry</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>female</source>
        <translation>female</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications for social support</source>
        <translation>Applications for social support</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Sent applications</source>
        <translation>Sent applications</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Print the slip for the family</source>
        <translation>Print the slip for the family</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Open the application</source>
        <translation>Open the application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Waiting for the registry</source>
        <translation>Waiting for the registry</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Submitted applications waiting for the registry</source>
        <translation>Submitted applications waiting for the registry</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>No drafts.</source>
        <translation>No drafts.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Nothing waits: every submitted application has reached the registry.</source>
        <translation>Nothing waits: every submitted application has reached the registry.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Resume the draft</source>
        <translation>Resume the draft</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · saved {time}</source>
        <translation>{applicant} · {benefit} · saved {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>benefit not chosen</source>
        <translation>benefit not chosen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{number} · {applicant} · {benefit} · submitted {time} · {state}</source>
        <translation>{number} · {applicant} · {benefit} · submitted {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{application} · flagged for the registry's attention</source>
        <translation>{application} · flagged for the registry's attention</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard this draft? What was typed in it is deleted.</source>
        <translation>Discard this draft? What was typed in it is deleted.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The draft is discarded.</source>
        <translation>The draft is discarded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. Its number is {number}: print the slip for the family. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation>The application of {name} is submitted and can no longer be changed. Its number is {number}: print the slip for the family. It waits in the queue and is sent to the registry when the terminal is online.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The applicant's face template is kept for Face-ID at this site.</source>
        <translation>The applicant's face template is kept for Face-ID at this site.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template was used for the check only and is deleted.</source>
        <translation>The face template was used for the check only and is deleted.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template is deleted: it was not kept for Face-ID.</source>
        <translation>The face template is deleted: it was not kept for Face-ID.</translation>
    </message>
</context>
<context>
    <name>AssetsStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>What the family owns: home, land, vehicles, livestock, deposits, with their value.</source>
        <translation>What the family owns: home, land, vehicles, livestock, deposits, with their value.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Description (optional)</source>
        <translation>Description (optional)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Value ({currency})</source>
        <translation>Value ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the property</source>
        <translation>Add the property</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the property</source>
        <translation>Remove the property</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No property added.</source>
        <translation>No property added.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{kind}: {description}</source>
        <translation>{kind}: {description}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>A value is typed but not added: press “Add the property”, or clear it.</source>
        <translation>A value is typed but not added: press “Add the property”, or clear it.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Every sensitive act, newest first. Each entry is sealed to the one before it: the check finds any entry changed or removed behind this program's back.</source>
        <translation>Every sensitive act, newest first. Each entry is sealed to the one before it: the check finds any entry changed or removed behind this program's back.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the audit trail…</source>
        <translation>Checking the audit trail…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the log of acts…</source>
        <translation>Checking the log of acts…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Intact: the audit trail ({entries} entries) and the log of acts ({acts} acts) are unbroken. Nothing was changed or removed.</source>
        <translation>Intact: the audit trail ({entries} entries) and the log of acts ({acts} acts) are unbroken. Nothing was changed or removed.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The audit trail is broken at entry {seq}: {reason}.</source>
        <translation>The audit trail is broken at entry {seq}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The log of acts is broken at act {seq}: {reason}.</source>
        <translation>The log of acts is broken at act {seq}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Records were changed outside this program. Keep the terminal as it is and call IT and your manager now.</source>
        <translation>Records were changed outside this program. Keep the terminal as it is and call IT and your manager now.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The check was cancelled: nothing is known yet.</source>
        <translation>The check was cancelled: nothing is known yet.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Locked after wrong PINs</source>
        <translation>Locked after wrong PINs</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen locked (idle)</source>
        <translation>Screen locked (idle)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen unlocked</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Supervisor override signed</source>
        <translation>Supervisor override signed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Identified by the ID number</source>
        <translation>Identified by the ID number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>PIN set</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal served</source>
        <translation>Meal served</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Medicines handed over</source>
        <translation>Medicines handed over</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Application submitted</source>
        <translation>Application submitted</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Technical aid handed over</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Report made</source>
        <translation>Report made</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts written to a USB stick</source>
        <translation>Acts written to a USB stick</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Registry's answer read from a USB stick</source>
        <translation>Registry's answer read from a USB stick</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template enrolled</source>
        <translation>Face template enrolled</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template withdrawn</source>
        <translation>Face template withdrawn</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Applicant's face checked</source>
        <translation>Applicant's face checked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Face template learned from a visit</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template removed</source>
        <translation>Face template removed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Act reversed</source>
        <translation>Act reversed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts lost to a damaged store</source>
        <translation>Acts lost to a damaged store</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Data key changed</source>
        <translation>Data key changed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Old records removed</source>
        <translation>Old records removed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Lock lifted by a supervisor</source>
        <translation>Lock lifted by a supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal outside its hours, on a supervisor's word</source>
        <translation>Meal outside its hours, on a supervisor's word</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patients searched for</source>
        <translation>Patients searched for</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patient's history opened</source>
        <translation>Patient's history opened</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>records past their keeping time</source>
        <translation>records past their keeping time</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>student No. {key}</source>
        <translation>student No. {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>citizen No. {key}</source>
        <translation>citizen No. {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>application {key}</source>
        <translation>application {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>operator {key}</source>
        <translation>operator {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>school {key}</source>
        <translation>school {key}</translation>
    </message>
</context>
<context>
    <name>BenefitStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The benefit</source>
        <translation>The benefit</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Which support does the family ask for? Choose one.</source>
        <translation>Which support does the family ask for? Choose one.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Not for this family. {reason}.</source>
        <translation>Not for this family. {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Choose the benefit the family asks for.</source>
        <translation>Choose the benefit the family asks for.</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Read this to the applicant, or let them read it.</source>
        <translation>Read this to the applicant, or let them read it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The data in this application (the family, incomes and property) is sent to the social protection registry, which checks it and decides on the benefit. The registry may compare it with what other state bodies already hold, so no certificates need to be brought. A face template is asked for separately, at the face step, with its own consent.</source>
        <translation>The data in this application (the family, incomes and property) is sent to the social protection registry, which checks it and decides on the benefit. The registry may compare it with what other state bodies already hold, so no certificates need to be brought. A face template is asked for separately, at the face step, with its own consent.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The applicant agrees to this</source>
        <translation>The applicant agrees to this</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Without the applicant's consent the application cannot be submitted. If they want to think about it, save the draft and close it.</source>
        <translation>Without the applicant's consent the application cannot be submitted. If they want to think about it, save the draft and close it.</translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>{session}: {meals} served</source>
        <translation>{session}: {meals} served</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today: {meals}</source>
        <translation>Meals served today: {meals}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today in each class</source>
        <translation>Meals served today in each class</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>DispensingPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Next patient (Esc)</source>
        <translation>Next patient (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Check and hand out (Enter)</source>
        <translation>Check and hand out (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Age {age} · ID number {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Identified by a supervisor's override ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Identified by the ID number, face checked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by Face-ID</source>
        <translation>Identified by Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>This patient has no prescriptions.</source>
        <translation>This patient has no prescriptions.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Prescription {number} from {prescriber}, valid until {date}</source>
        <translation>Prescription {number} from {prescriber}, valid until {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Quantity of {drug}</source>
        <translation>Quantity of {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One less of {drug}</source>
        <translation>One less of {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One more of {drug}</source>
        <translation>One more of {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{dosage}; {remaining} of {prescribed} {unit} left; {stock} in stock</source>
        <translation>{dosage}; {remaining} of {prescribed} {unit} left; {stock} in stock</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Expired on {date}: it cannot be dispensed.</source>
        <translation>Expired on {date}: it cannot be dispensed.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Valid only from {date}: it cannot be dispensed yet.</source>
        <translation>Valid only from {date}: it cannot be dispensed yet.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cancelled by the doctor: it cannot be dispensed.</source>
        <translation>Cancelled by the doctor: it cannot be dispensed.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Nothing left on this prescription</source>
        <translation>Nothing left on this prescription</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Low stock: {count} left</source>
        <translation>Low stock: {count} left</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Cost to the state: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Choose at least one medicine to hand out.</source>
        <translation>Choose at least one medicine to hand out.</translation>
    </message>
</context>
<context>
    <name>DispensingScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Medicines</source>
        <translation>Medicines</translation>
    </message>
</context>
<context>
    <name>DrugWords</name>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>tablets</source>
        <translation>tablets</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>capsules</source>
        <translation>capsules</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>inhaler</source>
        <translation>inhaler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>pen</source>
        <comment>an insulin pen</comment>
        <translation>pen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>syrup</source>
        <translation>syrup</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>drops</source>
        <translation>drops</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ointment</source>
        <translation>ointment</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ampoules</source>
        <translation>ampoules</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>tab</source>
        <comment>tablets, short: 30 tab</comment>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>cap</source>
        <comment>capsules, short: 28 cap</comment>
        <translation>cap</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>pcs</source>
        <comment>pieces, short: 2 pcs</comment>
        <translation>pcs</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ml</source>
        <comment>millilitres</comment>
        <translation>ml</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>amp</source>
        <comment>ampoules, short: 10 amp</comment>
        <translation>amp</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>as directed</source>
        <comment>a dosage: as the doctor said</comment>
        <translation>as directed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} a day</source>
        <comment>a dosage: 1 tab a day</comment>
        <translation>{count} {unit} a day</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} {times} times a day</source>
        <comment>a dosage: 1 tab 2 times a day</comment>
        <translation>{count} {unit} {times} times a day</translation>
    </message>
</context>
<context>
    <name>EnrollFaceDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a face</source>
        <translation>Enroll a face</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, born {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Read this to the citizen. A face template is kept to identify them at the terminals: numbers that describe the face, never a picture. This is separate from the consent to share their data. They can withdraw it at any time, and the template is then deleted.</source>
        <translation>Read this to the citizen. A face template is kept to identify them at the terminals: numbers that describe the face, never a picture. This is separate from the consent to share their data. They can withdraw it at any time, and the template is then deleted.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees</source>
        <translation>The citizen agrees</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees to keep a face template</source>
        <translation>The citizen agrees to keep a face template</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Camera picture, to frame the face</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ The face template is taken. No picture was kept.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera off</source>
        <translation>Camera off</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template again</source>
        <translation>Take the face template again</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template</source>
        <translation>Take the face template</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No camera is set up on this terminal: a face cannot be enrolled here.</source>
        <translation>No camera is set up on this terminal: a face cannot be enrolled here.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Tick the citizen's consent first: no face template is taken without it.</source>
        <translation>Tick the citizen's consent first: no face template is taken without it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Checking the face against everyone enrolled…</source>
        <translation>Checking the face against everyone enrolled…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No face template yet.</source>
        <translation>No face template yet.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>This face is already {name}'s. A further template is added to it when you enroll.</source>
        <translation>This face is already {name}'s. A further template is added to it when you enroll.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No one else enrolled has this face.</source>
        <translation>No one else enrolled has this face.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Look at the camera</source>
        <translation>Look at the camera</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Good, hold still</source>
        <translation>Good, hold still</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>{count} of {needed} good pictures</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No good picture in time. Add light in front of the face, ask the citizen to look at the camera and try again.</source>
        <translation>No good picture in time. Add light in front of the face, ask the citizen to look at the camera and try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The enrolled faces are still being read. Take the template again in a moment.</source>
        <translation>The enrolled faces are still being read. Take the template again in a moment.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a look-alike face</source>
        <translation>Enroll a look-alike face</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>• {name}, born {date}</source>
        <translation>• {name}, born {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>⚠ Warning: this face would pass for someone already enrolled:</source>
        <translation>⚠ Warning: this face would pass for someone already enrolled:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Confirm only once you are sure they are different people (twins, for example).</source>
        <translation>Confirm only once you are sure they are different people (twins, for example).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>A supervisor must decide. Enroll asks for a supervisor's PIN and the reason.</source>
        <translation>A supervisor must decide. Enroll asks for a supervisor's PIN and the reason.</translation>
    </message>
</context>
<context>
    <name>EntitlementsPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Technical aids of this person</source>
        <translation>Technical aids of this person</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Type or scan</source>
        <translation>Type or scan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Next person (Esc)</source>
        <translation>Next person (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Hand over (Enter)</source>
        <translation>Hand over (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Age {age} · ID number {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Identified by a supervisor's override ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Identified by the ID number, face checked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by Face-ID</source>
        <translation>Identified by Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>This person has no technical aids to receive.</source>
        <translation>This person has no technical aids to receive.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>None of this person's technical aids can be handed over today.</source>
        <translation>None of this person's technical aids can be handed over today.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cost to the state: {money} · Decision {number} · Valid until {date}</source>
        <translation>Cost to the state: {money} · Decision {number} · Valid until {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cannot be handed over: {reason}</source>
        <translation>Cannot be handed over: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Choose the aid to hand over.</source>
        <translation>Choose the aid to hand over.</translation>
    </message>
</context>
<context>
    <name>FaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Who is the patient?</source>
        <translation>Who is the patient?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Taking the picture</source>
        <translation>Taking the picture</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number (F2)</source>
        <translation>Type the ID number (F2)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Supervisor override (F3)</source>
        <translation>Supervisor override (F3)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Start again (F4)</source>
        <translation>Start again (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Find a patient (F5)</source>
        <translation>Find a patient (F5)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Today's hand-outs and stock (F6)</source>
        <translation>Today's hand-outs and stock (F6)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Elderly mode (F7)</source>
        <translation>Elderly mode (F7)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Large text, and each instruction spoken aloud</source>
        <translation>Large text, and each instruction spoken aloud</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This camera is a recording (demo). A recording cannot follow a request, so a head turn to either side is accepted: that shows a real head, not a photo, but not that the person is here now.</source>
        <translation>This camera is a recording (demo). A recording cannot follow a request, so a head turn to either side is accepted: that shows a real head, not a photo, but not that the person is here now.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This face is not recognised. Type the ID number (F2) or ask a supervisor (F3).</source>
        <translation>This face is not recognised. Type the ID number (F2) or ask a supervisor (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 2 of 2: show that you are here</source>
        <translation>Step 2 of 2: show that you are here</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 1 of 2: look at the camera</source>
        <translation>Step 1 of 2: look at the camera</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Face-ID is getting ready…</source>
        <translation>Face-ID is getting ready…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number, then press Enter.</source>
        <translation>Type the ID number, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please look at the camera.</source>
        <translation>Please look at the camera.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please turn your head slowly to one side.</source>
        <translation>Please turn your head slowly to one side.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Hold still, please.</source>
        <translation>Hold still, please.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The face does not match the ID number {number}. Check the number, or ask a supervisor (F3).</source>
        <translation>The face does not match the ID number {number}. Check the number, or ask a supervisor (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No face is enrolled for the ID number {number}, so it cannot be checked. Ask a supervisor (F3).</source>
        <translation>No face is enrolled for the ID number {number}, so it cannot be checked. Ask a supervisor (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The check for a live person failed: {reason}. Press F4 to try again.</source>
        <translation>The check for a live person failed: {reason}. Press F4 to try again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The recording has ended. Press F4 to play it again.</source>
        <translation>The recording has ended. Press F4 to play it again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>{problem} Trying again in {seconds} s.</source>
        <translation>{problem} Trying again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No picture from the camera</source>
        <translation>No picture from the camera</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is working again.</source>
        <translation>The camera is working again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is paused.</source>
        <translation>The camera is paused.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Checking the face against the ID number {number}.</source>
        <translation>Checking the face against the ID number {number}.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug}: pack {serial} scanned.</source>
        <translation>{drug}: pack {serial} scanned.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Scan the packs of every medicine first.</source>
        <translation>Scan the packs of every medicine first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>No pack code was seen. Try again, closer and in good light, or use the scanner.</source>
        <translation>No pack code was seen. Try again, closer and in good light, or use the scanner.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out these medicines?</source>
        <translation>Hand out these medicines?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>To {name}</source>
        <translation>To {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out (Enter)</source>
        <translation>Hand out (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Cost to the state: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state</source>
        <translation>Cost to the state</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Packs scanned</source>
        <translation>Packs scanned</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Who is the person?</source>
        <translation>Who is the person?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Ask the person to look at the camera and to do what the screen says, for example to turn the head. The person's technical aids open by themselves.</source>
        <translation>Ask the person to look at the camera and to do what the screen says, for example to turn the head. The person's technical aids open by themselves.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F2: type the ID number from the person's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: type the ID number from the person's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F6: today's hand-overs at this terminal.</source>
        <translation>F6: today's hand-overs at this terminal.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Handing over a technical aid</source>
        <translation>Handing over a technical aid</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The list shows the person's technical aids. Grey ones cannot be handed over today: the line says why.</source>
        <translation>The list shows the person's technical aids. Grey ones cannot be handed over today: the line says why.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Choose the aid with the arrow keys, then type or scan the serial number on its label.</source>
        <translation>Choose the aid with the arrow keys, then type or scan the serial number on its label.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Enter hands it over and records it; the receipt follows. Esc: the next person, nothing recorded.</source>
        <translation>Enter hands it over and records it; the receipt follows. Esc: the next person, nothing recorded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Today's hand-overs</source>
        <translation>Today's hand-overs</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The technical aids handed over at this terminal today, the newest first.</source>
        <translation>The technical aids handed over at this terminal today, the newest first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line in red was handed over at another office as well: tell the supervisor.</source>
        <translation>A line in red was handed over at another office as well: tell the supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line struck through was reversed by a supervisor: it no longer counts.</source>
        <translation>A line struck through was reversed by a supervisor: it no longer counts.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to Face-ID.</source>
        <translation>Esc goes back to Face-ID.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose your name in the list: tap it, or use the arrow keys.</source>
        <translation>Choose your name in the list: tap it, or use the arrow keys.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter. The PIN is never shown.</source>
        <translation>Type your PIN and press Enter. The PIN is never shown.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>After several wrong PINs in a row your name is locked for some minutes. A supervisor can set a new PIN for you.</source>
        <translation>After several wrong PINs in a row your name is locked for some minutes. A supervisor can set a new PIN for you.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal is locked</source>
        <translation>The terminal is locked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal locked itself after some minutes without use, so that nobody passing by sees a patient's details.</source>
        <translation>The terminal locked itself after some minutes without use, so that nobody passing by sees a patient's details.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter to go on where you were.</source>
        <translation>Type your PIN and press Enter to go on where you were.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Someone else may choose their own name and sign in instead: the first operator is then signed out.</source>
        <translation>Someone else may choose their own name and sign in instead: the first operator is then signed out.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Who is the patient?</source>
        <translation>Who is the patient?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask the patient to look at the camera and to do what the screen says, for example to turn the head. The patient's prescriptions open by themselves.</source>
        <translation>Ask the patient to look at the camera and to do what the screen says, for example to turn the head. The patient's prescriptions open by themselves.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F2: type the ID number from the patient's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: type the ID number from the patient's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F5: find a patient by name, birth date or ID number. F6: today's hand-outs and the stock.</source>
        <translation>F5: find a patient by name, birth date or ID number. F6: today's hand-outs and the stock.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Handing out medicines</source>
        <translation>Handing out medicines</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Each prescription shows the quantity to hand out for one period: never more than is left on the prescription or in stock.</source>
        <translation>Each prescription shows the quantity to hand out for one period: never more than is left on the prescription or in stock.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Change a quantity with − and + or with the arrow keys; 0 hands out none of it.</source>
        <translation>Change a quantity with − and + or with the arrow keys; 0 hands out none of it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter shows a summary first: check it with the patient, then Enter hands out and records it, Esc goes back. Esc here: the next patient, nothing recorded.</source>
        <translation>Enter shows a summary first: check it with the patient, then Enter hands out and records it, Esc goes back. Esc here: the next patient, nothing recorded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Before the hand-out</source>
        <translation>Before the hand-out</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Check the medicines and the quantities with the patient.</source>
        <translation>Check the medicines and the quantities with the patient.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter hands them out and records it; the receipt follows.</source>
        <translation>Enter hands them out and records it; the receipt follows.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to the quantities: nothing is recorded.</source>
        <translation>Esc goes back to the quantities: nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The receipt</source>
        <translation>The receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The hand-out is recorded.</source>
        <translation>The hand-out is recorded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the paper, then Ctrl+P prints the receipt. Ctrl+S saves it as a PDF file.</source>
        <translation>Choose the paper, then Ctrl+P prints the receipt. Ctrl+S saves it as a PDF file.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter or Esc: the next patient.</source>
        <translation>Enter or Esc: the next patient.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Find a patient</source>
        <translation>Find a patient</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then press Enter.</source>
        <translation>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the patient with the arrow keys and press Enter to open their history.</source>
        <translation>Choose the patient with the arrow keys and press Enter to open their history.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Finding a patient does not identify them: the face is checked before anything is handed out. Esc goes back.</source>
        <translation>Finding a patient does not identify them: the face is checked before anything is handed out. Esc goes back.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The patient's history</source>
        <translation>The patient's history</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The prescribed medicines, what is left of them, and what was handed out here.</source>
        <translation>The prescribed medicines, what is left of them, and what was handed out here.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter checks the patient's face, then the medicines can be handed out. Ctrl+R prints the last receipt again. Esc goes back to the list.</source>
        <translation>Enter checks the patient's face, then the medicines can be handed out. Ctrl+R prints the last receipt again. Esc goes back to the list.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enroll face takes the patient's face template, with their consent, so that Face-ID knows them at the next visit.</source>
        <translation>Enroll face takes the patient's face template, with their consent, so that Face-ID knows them at the next visit.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enrolling a face</source>
        <translation>Enrolling a face</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Read the consent to the citizen. Tick it only if they agree: without it no face template can be taken. Only numbers that describe the face are kept, never a picture.</source>
        <translation>Read the consent to the citizen. Tick it only if they agree: without it no face template can be taken. Only numbers that describe the face are kept, never a picture.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask them to look at the camera in good light until five good pictures are counted.</source>
        <translation>Ask them to look at the camera in good light until five good pictures are counted.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>If the face looks like someone already enrolled, their name is shown and only a supervisor can let it be enrolled, with their PIN and a reason. Esc cancels: nothing is kept.</source>
        <translation>If the face looks like someone already enrolled, their name is shown and only a supervisor can let it be enrolled, with their PIN and a reason. Esc cancels: nothing is kept.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs and stock</source>
        <translation>Today's hand-outs and stock</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs at this terminal and what they cost the state, then the stock of each medicine: the ones running low first, marked.</source>
        <translation>Today's hand-outs at this terminal and what they cost the state, then the stock of each medicine: the ones running low first, marked.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Supervisor override</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>When Face-ID cannot identify the citizen, a supervisor can vouch for them. Type the citizen's ID number from their document.</source>
        <translation>When Face-ID cannot identify the citizen, a supervisor can vouch for them. Type the citizen's ID number from their document.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason. It is recorded with the act it allows.</source>
        <translation>The supervisor chooses their own name, types their own PIN and writes the reason. It is recorded with the act it allows.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc cancels: nothing is recorded.</source>
        <translation>Esc cancels: nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A supervisor's word</source>
        <translation>A supervisor's word</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>This act is out of the ordinary, for example a meal outside its hours or an act to reverse. It is recorded only on a supervisor's word.</source>
        <translation>This act is out of the ordinary, for example a meal outside its hours or an act to reverse. It is recorded only on a supervisor's word.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason.</source>
        <translation>The supervisor chooses their own name, types their own PIN and writes the reason.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>School meals</source>
        <translation>School meals</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the meal and the class. Then tap each child as they are served, or move with the arrow keys and press Enter.</source>
        <translation>Choose the meal and the class. Then tap each child as they are served, or move with the arrow keys and press Enter.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A served child's tile shows the time; a child is served once a meal. A dashed tile: not eligible for free meals.</source>
        <translation>A served child's tile shows the time; a child is served once a meal. A dashed tile: not eligible for free meals.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Outside the meal's hours a meal is recorded only on a supervisor's word: their name, their PIN and the reason.</source>
        <translation>Outside the meal's hours a meal is recorded only on a supervisor's word: their name, their PIN and the reason.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice: the documents for the meals served in a period.</source>
        <translation>Service act and invoice: the documents for the meals served in a period.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice</source>
        <translation>Service act and invoice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the school, the first day and the last day, then make the documents: a PDF to print and sign, and a CSV file for spreadsheets.</source>
        <translation>Choose the school, the first day and the last day, then make the documents: a PDF to print and sign, and a CSV file for spreadsheets.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Only the meals actually served are counted.</source>
        <translation>Only the meals actually served are counted.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Applications for social support</source>
        <translation>Applications for social support</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>New application opens the form. A draft is saved at every step: resume it or discard it here.</source>
        <translation>New application opens the form. A draft is saved at every step: resume it or discard it here.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Submitted applications wait here until they reach the registry; they are sent whenever the terminal is online.</source>
        <translation>Submitted applications wait here until they reach the registry; they are sent whenever the terminal is online.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sent application has a number and a status. Open one to see its history and to print the slip for the family.</source>
        <translation>Every sent application has a number and a status. Open one to see its history and to print the slip for the family.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The application form</source>
        <translation>The application form</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Fill in one step at a time. Next checks the step and saves the draft; Back goes to the step before. The list on the left shows every step.</source>
        <translation>Fill in one step at a time. Next checks the step and saves the draft; Back goes to the step before. The list on the left shows every step.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Save and close keeps the draft, to finish it later from the list of drafts.</source>
        <translation>Save and close keeps the draft, to finish it later from the list of drafts.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The last step shows the assessment. Submit puts the application in the queue for the registry; it cannot be changed after that.</source>
        <translation>The last step shows the assessment. Submit puts the application in the queue for the registry; it cannot be changed after that.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The face step needs the applicant's own consent to a face template. If the face looks like someone already enrolled, the application is marked for the registry to check.</source>
        <translation>The face step needs the applicant's own consent to a face template. If the face looks like someone already enrolled, the application is marked for the registry to check.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs: type it twice.</source>
        <translation>Choose an operator to set a new PIN, for example when they forgot theirs: type it twice.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Unlock lets an operator locked after wrong PINs sign in again.</source>
        <translation>Unlock lets an operator locked after wrong PINs sign in again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Medicines handed over on a supervisor's word when Face-ID could not match, newest first: who handed them over, who approved, and why.</source>
        <translation>Medicines handed over on a supervisor's word when Face-ID could not match, newest first: who handed them over, who approved, and why.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sensitive act at this terminal, newest first.</source>
        <translation>Every sensitive act at this terminal, newest first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Verify the chain checks that no entry was changed or removed behind the program's back.</source>
        <translation>Verify the chain checks that no entry was changed or removed behind the program's back.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Acts the registry did not take, and news from the registry this terminal could not apply.</source>
        <translation>Acts the registry did not take, and news from the registry this terminal could not apply.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Nothing is lost: every act stays on this terminal. Give the act's number to the registry's help desk.</source>
        <translation>Nothing is lost: every act stays on this terminal. Give the act's number to the registry's help desk.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's acts</source>
        <translation>Today's acts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hand-outs, meals and aids recorded at this terminal today, newest first.</source>
        <translation>Hand-outs, meals and aids recorded at this terminal today, newest first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose a mistaken one and reverse it, on a supervisor's word with the reason. Medicines go back on the prescription and in stock; a meal no longer counts; an aid's entitlement can be handed over again.</source>
        <translation>Choose a mistaken one and reverse it, on a supervisor's word with the reason. Medicines go back on the prescription and in stock; a meal no longer counts; an aid's entitlement can be handed over again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The bar at the bottom</source>
        <translation>The bar at the bottom</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Online or offline: offline, work goes on and the acts wait in the queue until the registry can be reached.</source>
        <translation>Online or offline: offline, work goes on and the acts wait in the queue until the registry can be reached.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Queue: acts not sent yet. Set aside: acts the registry did not take; a supervisor sees them under Sync problems. Sync now (F9) sends at once.</source>
        <translation>Queue: acts not sent yet. Set aside: acts the registry did not take; a supervisor sees them under Sync problems. Sync now (F9) sends at once.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hamyon Terminal</source>
        <translation>Hamyon Terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Press F1 on any screen for help about it.</source>
        <translation>Press F1 on any screen for help about it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>On every screen</source>
        <translation>On every screen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A+ at the top makes the text larger, for you or for a patient who reads along (Ctrl+Plus); press it again for the usual size (Ctrl+Minus).</source>
        <translation>A+ at the top makes the text larger, for you or for a patient who reads along (Ctrl+Plus); press it again for the usual size (Ctrl+Minus).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close (Enter)</source>
        <translation>Close (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close the help</source>
        <translation>Close the help</translation>
    </message>
</context>
<context>
    <name>IdNumberEntry</name>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{kind} from the citizen's document</source>
        <translation>{kind} from the citizen's document</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>Check the face</source>
        <translation>Check the face</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>{count} of {length} digits</source>
        <translation>{count} of {length} digits</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>✓ Born on {date}, {sex}. Compare with the document.</source>
        <translation>✓ Born on {date}, {sex}. Compare with the document.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the {kind}.</source>
        <translation>Type the {kind}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{typed} of {count} digits</source>
        <translation>{typed} of {count} digits</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>The number is valid.</source>
        <translation>The number is valid.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{count} digits</source>
        <translation>{count} digits</translation>
    </message>
</context>
<context>
    <name>IncomesStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Incomes</source>
        <translation>Incomes</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Every regular income of the family, per month, before tax. If nobody earns anything, go on.</source>
        <translation>Every regular income of the family, per month, before tax. If nobody earns anything, go on.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Whose income</source>
        <translation>Whose income</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Amount a month ({currency})</source>
        <translation>Amount a month ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the income</source>
        <translation>Add the income</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the income</source>
        <translation>Remove the income</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No income added.</source>
        <translation>No income added.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{source}: {amount} a month</source>
        <translation>{source}: {amount} a month</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>An amount is typed but not added: press “Add the income”, or clear it.</source>
        <translation>An amount is typed but not added: press “Add the income”, or clear it.</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>This terminal is locked</source>
        <translation>This terminal is locked</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>{name}: type your PIN to go on. Someone else may choose their own name and sign in instead.</source>
        <translation>{name}: type your PIN to go on. Someone else may choose their own name and sign in instead.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Sign in and sign {name} out</source>
        <translation>Sign in and sign {name} out</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Choose your name first.</source>
        <translation>Choose your name first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>This language is not available; English is shown.</source>
        <translation>This language is not available; English is shown.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Hamyon Terminal</source>
        <translation>Hamyon Terminal</translation>
    </message>
</context>
<context>
    <name>MealReportDialog</name>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act and invoice</source>
        <translation>Service act and invoice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MealReportPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act and invoice</source>
        <translation>Service act and invoice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Funding follows the meals actually served. Choose the period, then make the documents: PDF to print and sign, CSV for spreadsheets.</source>
        <translation>Funding follows the meals actually served. Choose the period, then make the documents: PDF to print and sign, CSV for spreadsheets.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Make the act and invoice</source>
        <translation>Make the act and invoice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>No school is set up at this site.</source>
        <translation>No school is set up at this site.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The first day is after the last day: change one of them.</source>
        <translation>The first day is after the last day: change one of them.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Counting the meals served…</source>
        <translation>Counting the meals served…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Writing the act and the invoice…</source>
        <translation>Writing the act and the invoice…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Invoice for free school meals</source>
        <translation>Invoice for free school meals</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act: free school meals served</source>
        <translation>Service act: free school meals served</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served</source>
        <translation>Meals served</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Total due</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served in the period</source>
        <translation>Meals served in the period</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School director: ____________________</source>
        <translation>School director: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Canteen provider: ____________________</source>
        <translation>Canteen provider: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The service act and the invoice for {start} to {end} are ready: {meals} meals served, {amount} to pay. The PDF and CSV files are in the folder {folder}.</source>
        <translation>The service act and the invoice for {start} to {end} are ready: {meals} meals served, {amount} to pay. The PDF and CSV files are in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Cancelled: no documents were made.</source>
        <translation>Cancelled: no documents were made.</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School meals</source>
        <translation>School meals</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Students of the class</source>
        <translation>Students of the class</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Service act and invoice…</source>
        <translation>Service act and invoice…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>No school is set up at this site.</source>
        <translation>No school is set up at this site.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Choose the meal and the class.</source>
        <translation>Choose the meal and the class.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class {name}, {session}: {served} of {eligible} served</source>
        <translation>Class {name}, {session}: {served} of {eligible} served</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>A meal outside its hours</source>
        <translation>A meal outside its hours</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Not recorded: the meal is outside its hours and no supervisor confirmed it.</source>
        <translation>Not recorded: the meal is outside its hours and no supervisor confirmed it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Served: {student}, {session} at {time}.</source>
        <translation>Served: {student}, {session} at {time}.</translation>
    </message>
</context>
<context>
    <name>MembersStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The family</source>
        <translation>The family</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Everyone who lives with the applicant and shares the household. Add them one by one.</source>
        <translation>Everyone who lives with the applicant and shares the household. Add them one by one.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in</source>
        <translation>Serves in</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Add to the family</source>
        <translation>Add to the family</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Remove from the family</source>
        <translation>Remove from the family</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Nobody added yet: the applicant lives alone?</source>
        <translation>Nobody added yet: the applicant lives alone?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>{relation} · {pin} · age {age}</source>
        <translation>{relation} · {pin} · age {age}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>This ID number is already in the family.</source>
        <translation>This ID number is already in the family.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>A family member is typed but not added: press “Add to the family”, or clear the fields.</source>
        <translation>A family member is typed but not added: press “Add to the family”, or clear the fields.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators of this terminal</source>
        <translation>Operators of this terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs.</source>
        <translation>Choose an operator to set a new PIN, for example when they forgot theirs.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN again</source>
        <translation>The PIN again</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Set the PIN</source>
        <translation>Set the PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>not set yet</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until a new PIN is set</source>
        <translation>locked until a new PIN is set</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN for {name}</source>
        <translation>New PIN for {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator.</source>
        <translation>Choose an operator.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} typed a wrong PIN too many times: set a new PIN to unlock them.</source>
        <translation>{name} typed a wrong PIN too many times: set a new PIN to unlock them.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is locked after wrong PINs until {time}.</source>
        <translation>{name} is locked after wrong PINs until {time}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>A PIN has at least {count} characters.</source>
        <translation>A PIN has at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The two PINs are not the same: type them again.</source>
        <translation>The two PINs are not the same: type them again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN of {name} is set. They can sign in with it now.</source>
        <translation>The PIN of {name} is set. They can sign in with it now.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is unlocked and can sign in with their PIN now.</source>
        <translation>{name} is unlocked and can sign in with their PIN now.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor override</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Only when Face-ID cannot identify the citizen. It is recorded with the supervisor's name.</source>
        <translation>Only when Face-ID cannot identify the citizen. It is recorded with the supervisor's name.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Citizen's ID number, from their document</source>
        <translation>Citizen's ID number, from their document</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Supervisor's own PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's PIN</source>
        <translation>Supervisor's PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason (written out)</source>
        <translation>Reason (written out)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>For example: the face is bandaged after an operation.</source>
        <translation>For example: the face is bandaged after an operation.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Confirm the override</source>
        <translation>Confirm the override</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Another supervisor must sign: no one approves their own override.</source>
        <translation>Another supervisor must sign: no one approves their own override.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>No supervisor can sign in on this terminal.</source>
        <translation>No supervisor can sign in on this terminal.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Type the citizen's ID number.</source>
        <translation>Type the citizen's ID number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Choose the supervisor.</source>
        <translation>Choose the supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>The supervisor types their own PIN.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Write the reason for the override.</source>
        <translation>Write the reason for the override.</translation>
    </message>
</context>
<context>
    <name>OverridesPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Medicines handed over when Face-ID could not match, on a supervisor's word. Newest first.</source>
        <translation>Medicines handed over when Face-ID could not match, on a supervisor's word. Newest first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>No overrides recorded on this terminal.</source>
        <translation>No overrides recorded on this terminal.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Handed over by {nurse}
Approved by {supervisor}</source>
        <translation>Handed over by {nurse}
Approved by {supervisor}</translation>
    </message>
</context>
<context>
    <name>PackScanBox</name>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan every pack handed out:</source>
        <translation>Scan every pack handed out:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Pack code</source>
        <translation>Pack code</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan the square code on the pack</source>
        <translation>Scan the square code on the pack</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan with the camera</source>
        <translation>Scan with the camera</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Hold the pack's square code up to the camera.</source>
        <translation>Hold the pack's square code up to the camera.</translation>
    </message>
</context>
<context>
    <name>PatientHistoryPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Handed out at this terminal</source>
        <translation>Handed out at this terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescribed medicines</source>
        <translation>Prescribed medicines</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Check the face and hand out (Enter)</source>
        <translation>Check the face and hand out (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Print the last receipt again (Ctrl+R)</source>
        <translation>Print the last receipt again (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reverse the chosen hand-out…</source>
        <translation>Reverse the chosen hand-out…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Enroll face…</source>
        <translation>Enroll face…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Age {age} · ID number {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Last handed out</source>
        <translation>Last handed out</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicines</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Cost to the state</source>
        <translation>Cost to the state</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>No prescriptions and nothing handed out yet.</source>
        <translation>No prescriptions and nothing handed out yet.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>nothing left</source>
        <translation>nothing left</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{remaining} of {prescribed} {unit}</source>
        <translation>{remaining} of {prescribed} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>here, {when}</source>
        <translation>here, {when}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{count} {unit} at other terminals</source>
        <translation>{count} {unit} at other terminals</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{when}, {name}: {medicines}</source>
        <translation>{when}, {name}: {medicines}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Reversed. The quantities are back on the prescription and in stock.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Face enrolled. It is sent to the registry at the next sync.</source>
        <translation>Face enrolled. It is sent to the registry at the next sync.</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Find a patient</source>
        <translation>Find a patient</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then Enter. Finding a patient does not identify them: their face is checked before anything is handed out.</source>
        <translation>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then Enter. Finding a patient does not identify them: their face is checked before anything is handed out.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name, birth date or ID number</source>
        <translation>Name, birth date or ID number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Search (Enter)</source>
        <translation>Search (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Nobody of this site matches.</source>
        <translation>Nobody of this site matches.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>More than {count} patients match: type more of the name or the birth date.</source>
        <translation>More than {count} patients match: type more of the name or the birth date.</translation>
    </message>
</context>
<context>
    <name>PharmacyDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Hand-outs: {count} · Patients: {people} · Cost to the state: {money}</source>
        <translation>Hand-outs: {count} · Patients: {people} · Cost to the state: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Handed out today</source>
        <translation>Handed out today</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Lasts</source>
        <translation>Lasts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Running low (less than {days} days left): {names}</source>
        <translation>Running low (less than {days} days left): {names}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>out of stock</source>
        <translation>out of stock</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>none handed out lately</source>
        <translation>none handed out lately</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>about {days} days</source>
        <translation>about {days} days</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>A phone number has digits only, for example +998 90 123 45 67.</source>
        <translation>A phone number has digits only, for example +998 90 123 45 67.</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, born {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Face template</source>
        <translation>Face template</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Only a face template is taken: numbers that describe the face, never the picture. It is compared with the faces enrolled here, so that nobody applies under two names. You may skip this step.</source>
        <translation>Only a face template is taken: numbers that describe the face, never the picture. It is compared with the faces enrolled here, so that nobody applies under two names. You may skip this step.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Ask the applicant first. If they are on this site's list of citizens, the template is also kept for Face-ID. They may refuse: the application goes on without it.</source>
        <translation>Ask the applicant first. If they are on this site's list of citizens, the template is also kept for Face-ID. They may refuse: the application goes on without it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant agrees to the face template</source>
        <translation>The applicant agrees to the face template</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Stop the camera</source>
        <translation>Stop the camera</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Delete the template</source>
        <translation>Delete the template</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Camera picture, to frame the face</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Checking the face against everyone enrolled at this site…</source>
        <translation>Checking the face against everyone enrolled at this site…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>⚠ This face looks like {people}, already enrolled at this site. The application is flagged for the registry to check.</source>
        <translation>⚠ This face looks like {people}, already enrolled at this site. The application is flagged for the registry to check.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ This is the applicant's own face, enrolled before.</source>
        <translation>✓ This is the applicant's own face, enrolled before.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ Nobody enrolled at this site looks like the applicant.</source>
        <translation>✓ Nobody enrolled at this site looks like the applicant.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: a face like someone else's is never kept.</source>
        <translation>Used for this check only: a face like someone else's is never kept.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: the applicant is not on this site's list of citizens.</source>
        <translation>Used for this check only: the applicant is not on this site's list of citizens.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Kept for Face-ID at this site once the application is submitted.</source>
        <translation>Kept for Face-ID at this site once the application is submitted.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template again</source>
        <translation>Take the face template again</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template</source>
        <translation>Take the face template</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ The face template is taken. No picture was kept.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No camera is set up on this terminal: skip this step.</source>
        <translation>No camera is set up on this terminal: skip this step.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant has not agreed to a face template: none can be taken. Tick the box if they agree, or skip this step.</source>
        <translation>The applicant has not agreed to a face template: none can be taken. Tick the box if they agree, or skip this step.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No face template yet.</source>
        <translation>No face template yet.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Look at the camera</source>
        <translation>Look at the camera</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Good, hold still</source>
        <translation>Good, hold still</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>{count} of {needed} good pictures</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No good picture in time. Add light in front of the face, ask the applicant to look at the camera and try again, or skip this step.</source>
        <translation>No good picture in time. Add light in front of the face, ask the applicant to look at the camera and try again, or skip this step.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera off</source>
        <translation>Camera off</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <location filename="../../terminal/ui/demo_app.py"/>
        <source>Preparing the demo site …</source>
        <translation>Preparing the demo site …</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/demo_app.py"/>
        <source>Hamyon Terminal</source>
        <translation>Hamyon Terminal</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Handed out: the receipt</source>
        <translation>Handed out: the receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paper for printing</source>
        <translation>Paper for printing</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>A4 sheet</source>
        <translation>A4 sheet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Next patient (Enter)</source>
        <translation>Next patient (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Receipt {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Patient: {name}, ID number {number}</source>
        <translation>Patient: {name}, ID number {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Identified by: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Paid by the state: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the patient: {money}</source>
        <translation>Paid by the patient: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Dispensed by: {name}</source>
        <translation>Dispensed by: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Reversed on {time} by {name}: {reason}. Nothing of it counts.</source>
        <translation>Reversed on {time} by {name}: {reason}. Nothing of it counts.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>State price</source>
        <translation>State price</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Cost to the state</source>
        <translation>Cost to the state</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription {number}</source>
        <translation>Prescription {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Packs: {serials}</source>
        <translation>Packs: {serials}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>supervisor override ({reason})</source>
        <translation>supervisor override ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>ID number with face verification</source>
        <translation>ID number with face verification</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Face-ID</source>
        <translation>Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to print the receipt.</source>
        <translation>Sign in to print the receipt.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to save the receipt.</source>
        <translation>Sign in to save the receipt.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>The receipt could not be saved as {path}. Choose another folder.</source>
        <translation>The receipt could not be saved as {path}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>Reversal</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reversed by {name}: {reason}</source>
        <translation>Reversed by {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReversalWordDialog</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a hand-out</source>
        <translation>Reverse a hand-out</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a meal</source>
        <translation>Reverse a meal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an aid's hand-over</source>
        <translation>Reverse an aid's hand-over</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an act</source>
        <translation>Reverse an act</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The medicines go back on the prescription and in stock.</source>
        <translation>The medicines go back on the prescription and in stock.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The meal no longer counts; the student may be served again.</source>
        <translation>The meal no longer counts; the student may be served again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>The aid no longer counts; its entitlement can be handed over again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The act no longer counts.</source>
        <translation>The act no longer counts.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check and submit</source>
        <translation>Check and submit</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check the summary with the applicant, then submit.</source>
        <translation>Check the summary with the applicant, then submit.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>This is a preliminary assessment: the registry makes the decision. Once submitted, the application cannot be changed; it is sent to the registry when the terminal is online.</source>
        <translation>This is a preliminary assessment: the registry makes the decision. Once submitted, the application cannot be changed; it is sent to the registry when the terminal is online.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Submit the application</source>
        <translation>Submit the application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>⚠ The applicant's face looks like {people}: the application goes to the registry flagged, for it to check who applies.</source>
        <translation>⚠ The applicant's face looks like {people}: the application goes to the registry flagged, for it to check who applies.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>✓ The applicant's face was checked: it looks like nobody else enrolled here.</source>
        <translation>✓ The applicant's face was checked: it looks like nobody else enrolled here.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>{applicant}, {benefit}. Family: {size} people. Incomes: {income} a month. Property: {assets}.</source>
        <translation>{applicant}, {benefit}. Family: {size} people. Incomes: {income} a month. Property: {assets}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Assessing…</source>
        <translation>Assessing…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Flagged: this family may not receive these benefits.</source>
        <translation>Flagged: this family may not receive these benefits.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears to be eligible.</source>
        <translation>The family appears to be eligible.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears not to be eligible; it may still apply.</source>
        <translation>The family appears not to be eligible; it may still apply.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>✓ {reason}</source>
        <translation>✓ {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>✗ {reason}</source>
        <translation>✗ {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>In favour: {reason}</source>
        <translation>In favour: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Against: {reason}</source>
        <translation>Against: {reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Canteen staff</source>
        <translation>Canteen staff</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Field inspector</source>
        <translation>Field inspector</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>SentApplicationsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Sent applications</source>
        <translation>Sent applications</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Every application submitted on this terminal, the newest first.</source>
        <translation>Every application submitted on this terminal, the newest first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Find by the applicant's name or the number</source>
        <translation>Find by the applicant's name or the number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Open the application</source>
        <translation>Open the application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{number} · {applicant}
{benefit} · submitted {time}
{status}</source>
        <translation>{number} · {applicant}
{benefit} · submitted {time}
{status}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{application} · ⚠ the face looks like someone else's</source>
        <translation>{application} · ⚠ the face looks like someone else's</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No sent application has this name or number.</source>
        <translation>No sent application has this name or number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No application has been submitted on this terminal yet.</source>
        <translation>No application has been submitted on this terminal yet.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Hamyon Terminal: set-up</source>
        <translation>Hamyon Terminal: set-up</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Set up this terminal</source>
        <translation>Set up this terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type the registry's address and the one-time code your registry team gave you.</source>
        <translation>Type the registry's address and the one-time code your registry team gave you.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Registry address</source>
        <translation>Registry address</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Open the demo site instead</source>
        <translation>Open the demo site instead</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type both the address and the code.</source>
        <translation>Type both the address and the code.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connecting to the registry and downloading this site …</source>
        <translation>Connecting to the registry and downloading this site …</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Preparing the demo site …</source>
        <translation>Preparing the demo site …</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Who is working at this terminal?</source>
        <translation>Who is working at this terminal?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name, type your PIN and press Enter.</source>
        <translation>Choose your name, type your PIN and press Enter.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name first.</source>
        <translation>Choose your name first.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Sign in to print the slip.</source>
        <translation>Sign in to print the slip.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>The slip is sent to the printer.</source>
        <translation>The slip is sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Applicant: {name}, ID number {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Submitted on {date}</source>
        <translation>Submitted on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Benefit asked for: {benefit}</source>
        <translation>Benefit asked for: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Family members: {count}</source>
        <translation>Family members: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Application for social support</source>
        <translation>Application for social support</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>quote the number above at {facility}, or to the social protection registry's help line. Keep this slip.</source>
        <translation>quote the number above at {facility}, or to the social protection registry's help line. Keep this slip.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Preliminary assessment:</source>
        <translation>Preliminary assessment:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>This is a preliminary assessment made at the office: the registry decides.</source>
        <translation>This is a preliminary assessment made at the office: the registry decides.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Status on {date}:</source>
        <translation>Status on {date}:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>What happens next:</source>
        <translation>What happens next:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>To ask about the application:</source>
        <translation>To ask about the application:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>{status}. The registry's note: {note}</source>
        <translation>{status}. The registry's note: {note}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may not receive these benefits (see why below).</source>
        <translation>the family may not receive these benefits (see why below).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears to be eligible.</source>
        <translation>the family appears to be eligible.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears not to be eligible; the registry still decides.</source>
        <translation>the family appears not to be eligible; the registry still decides.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>✓ {reason}</source>
        <translation>✓ {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>✗ {reason}</source>
        <translation>✗ {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the application is sent to the registry as soon as this office's terminal is online. The registry checks the family's data with other state bodies and decides.</source>
        <translation>the application is sent to the registry as soon as this office's terminal is online. The registry checks the family's data with other state bodies and decides.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry checks the family's data with other state bodies and decides; the office tells the family of the decision.</source>
        <translation>the registry checks the family's data with other state bodies and decides; the office tells the family of the decision.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the benefit is paid as the registry's decision says.</source>
        <translation>the benefit is paid as the registry's decision says.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may ask the office why, and apply again when its situation changes.</source>
        <translation>the family may ask the office why, and apply again when its situation changes.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry needs more from the family: come to the office with this slip.</source>
        <translation>the registry needs more from the family: come to the office with this slip.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Not connected to a registry</source>
        <translation>Not connected to a registry</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Offline: work goes on, acts wait in the queue</source>
        <translation>● Offline: work goes on, acts wait in the queue</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Queue: {count}</source>
        <translation>Queue: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Set aside: {count}</source>
        <translation>Set aside: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Last sync: {time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>The data store of this terminal is damaged: new acts are refused. Ask IT to run 'hamyon store recover'; every act that can still be read is kept.</source>
        <translation>The data store of this terminal is damaged: new acts are refused. Ask IT to run 'hamyon store recover'; every act that can still be read is kept.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} ahead of the registry: set it right</source>
        <translation>Clock {amount} ahead of the registry: set it right</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} behind the registry: set it right</source>
        <translation>Clock {amount} behind the registry: set it right</translation>
    </message>
</context>
<context>
    <name>StudentTile</name>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not eligible for free meals</source>
        <translation>Not eligible for free meals</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>✓ Served at {time}</source>
        <translation>✓ Served at {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not served yet</source>
        <translation>Not served yet</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Supervisor's pages</source>
        <translation>Supervisor's pages</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Meal reports</source>
        <translation>Meal reports</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Today's acts</source>
        <translation>Today's acts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Spoken guidance</source>
        <translation>Spoken guidance</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
</context>
<context>
    <name>SupervisorWordDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>A supervisor confirms it with their own PIN. It is recorded with their name and reason.</source>
        <translation>A supervisor confirms it with their own PIN. It is recorded with their name and reason.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Supervisor's own PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's PIN</source>
        <translation>Supervisor's PIN</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason (written out)</source>
        <translation>Reason (written out)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>No other supervisor can sign in on this terminal.</source>
        <translation>No other supervisor can sign in on this terminal.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Choose the supervisor.</source>
        <translation>Choose the supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>The supervisor types their own PIN.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicines handed out</source>
        <translation>Medicines handed out</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School meal</source>
        <translation>School meal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Technical aid handed over</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template enrolled</source>
        <translation>Face template enrolled</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Face template learned from a visit</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template removed</source>
        <translation>Face template removed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of an act</source>
        <translation>Reversal of an act</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template</source>
        <translation>Face template</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Stock delivery</source>
        <translation>Stock delivery</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Meal session</source>
        <translation>Meal session</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Decision on an application</source>
        <translation>Decision on an application</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Entitlement to a technical aid</source>
        <translation>Entitlement to a technical aid</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Not sent or not applied</source>
        <translation>Not sent or not applied</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Nothing here is lost: every act stays on this terminal. Quote the act's number to the registry's help desk; news the terminal could not apply is replaced when the registry sends it again.</source>
        <translation>Nothing here is lost: every act stays on this terminal. Quote the act's number to the registry's help desk; news the terminal could not apply is replaced when the registry sends it again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Acts the registry did not take</source>
        <translation>Acts the registry did not take</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None: every act was taken or is waiting in the queue.</source>
        <translation>None: every act was taken or is waiting in the queue.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>News from the registry not applied</source>
        <translation>News from the registry not applied</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine packs handed out twice</source>
        <translation>Medicine packs handed out twice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>The registry found these packs handed out before, here or at another terminal: check the packs and the patients' receipts, and tell the registry's help desk the act's number.</source>
        <translation>The registry found these packs handed out before, here or at another terminal: check the packs and the patients' receipts, and tell the registry's help desk the act's number.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Details for the help desk</source>
        <translation>Details for the help desk</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Handed out</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at this terminal</source>
        <translation>at this terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at another terminal</source>
        <translation>at another terminal</translation>
    </message>
</context>
<context>
    <name>TodaysActsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Today's acts</source>
        <translation>Today's acts</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Hand-outs, meals and aids recorded here today, newest first. Choose a mistaken one to reverse it.</source>
        <translation>Hand-outs, meals and aids recorded here today, newest first. Choose a mistaken one to reverse it.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Nothing recorded here today.</source>
        <translation>Nothing recorded here today.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reverse the chosen act…</source>
        <translation>Reverse the chosen act…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Serial number: {serial}</source>
        <translation>Serial number: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>{time}, {what}: {who}, {details}</source>
        <translation>{time}, {what}: {who}, {details}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Reversed. The quantities are back on the prescription and in stock.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Reversed. The aid no longer counts; its entitlement can be handed over again.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The meal no longer counts; the student may be served again.</source>
        <translation>Reversed. The meal no longer counts; the student may be served again.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text: on with Ctrl+Plus, off with Ctrl+Minus</source>
        <translation>Large text: on with Ctrl+Plus, off with Ctrl+Minus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
</context>
<context>
    <name>UsbStickPage</name>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Without a network, carry the acts to the registry on a USB stick and bring its answer back. The file is sealed: a lost stick reveals nothing. The acts stay in the queue until the registry's answer comes back, online or on the stick.</source>
        <translation>Without a network, carry the acts to the registry on a USB stick and bring its answer back. The file is sealed: a lost stick reveals nothing. The acts stay in the queue until the registry's answer comes back, online or on the stick.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>&amp;Folder on the USB stick</source>
        <translation>&amp;Folder on the USB stick</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Folder on the USB stick</source>
        <translation>Folder on the USB stick</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Export to USB stick</source>
        <translation>Export to USB stick</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Import from USB stick</source>
        <translation>Import from USB stick</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose the folder on the USB stick first.</source>
        <translation>Choose the folder on the USB stick first.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Applying the registry's answer…</source>
        <translation>Applying the registry's answer…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Written to the stick: {file} (acts: {acts}). Take it to the registry.</source>
        <translation>Written to the stick: {file} (acts: {acts}). Take it to the registry.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>The registry's answer is in. Acts answered: {acts}; changes applied: {changes}.</source>
        <translation>The registry's answer is in. Acts answered: {acts}; changes applied: {changes}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Stopped. What was applied stays; import again to go on from there.</source>
        <translation>Stopped. What was applied stays; import again to go on from there.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Spoken guidance</source>
        <translation>Spoken guidance</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>In the elderly mode (F7 on the Face-ID screen: large text and voice) this terminal says each Face-ID instruction aloud in the language of the window.</source>
        <translation>In the elderly mode (F7 on the Face-ID screen: large text and voice) this terminal says each Face-ID instruction aloud in the language of the window.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Speak the Face-ID instructions on this terminal</source>
        <translation>Speak the Face-ID instructions on this terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>&amp;Loudness</source>
        <translation>&amp;Loudness</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Try the voice</source>
        <translation>Try the voice</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Saved. The Face-ID screen speaks so from now on.</source>
        <translation>Saved. The Face-ID screen speaks so from now on.</translation>
    </message>
</context>
</TS>
