<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).</extracomment>
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
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>The data store at {path} was written by a newer Hamyon version: update this terminal.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>The name or PIN is not right. Try again, or ask a supervisor.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulate.NothingToSimulate).</extracomment>
        <translation>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</translation>
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
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it was cancelled</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it expired on {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>it is valid only from {date}</translation>
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
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>unknown identification method '{method}'</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a supervisor</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>an override needs a supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the overriding supervisor is not known</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>the overriding supervisor is not known</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>Fills {action} in “Your role ({role}) may not {action}. Ask a supervisor.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>override an identification</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>an override needs a written reason</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>a supervisor and reason belong only to an override</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
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
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>PINFL (JShShIR)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>PINFL (JShShIR)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>IIN</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>IIN</translation>
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
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>period</translation>
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
        <location filename="../../terminal/core/receipts.py"/>
        <source>receipt</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>no dispense with this number</translation>
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
        <source>supervisor</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>dispense medicines</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
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
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>register applications</translation>
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
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>it holds tables of another program</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>the pictures do not all show the same person: start again</translation>
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
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>the file is empty</translation>
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
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>a different face came into view: start again</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>the person responded as asked</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>no blink was seen in time: a photo or a screen cannot blink</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>the head did not turn as asked in time: a photo or a screen cannot turn</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>the face_recognition_models package is not installed</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>the dlib library is not installed</translation>
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
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>it is not a video this terminal can play</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>it is not a list of numbers</translation>
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
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>one holds a value that is not a finite number</translation>
    </message>
    <message>
        <location filename="../../sync/client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>acts recorded offline</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>a page of changes without changes or cursor</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>no answer in time</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>no connection</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>the answer was cut off</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>server error</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>server error</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>this terminal is not enrolled</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the gzip body is damaged</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>too many</source>
        <extracomment>Fills {count} in “The batch holds {count} acts; the registry takes at most {limit} at once.”</extracomment>
        <translation>too many</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the gzip body is truncated</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the device, time, nonce and signature headers are required</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the device, time, nonce and signature headers are required</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>the time header is not an ISO 8601 time with an offset</translation>
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
</TS>
