<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kaa" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <location filename="../../biometrics/phrases.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).
An error message (biometrics.phrases.UserError).</extracomment>
        <translation>Bir nárse nadurıs boldı.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {kind} is not valid: {reason}. Please check it against the document.</source>
        <extracomment>An error message (terminal.core.errors.InvalidIdNumber).</extracomment>
        <translation>{kind} nadurıs: {reason}. Onı hújjet penen salıstırıp tekseriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{field}: '{value}' is not a valid date; use YYYY-MM-DD.</source>
        <extracomment>An error message (terminal.core.errors.InvalidDate).</extracomment>
        <translation>{field}: «{value}» sáne emes; onı 2025-12-31 (jıl-ay-kún) túrinde kirgiziń.</translation>
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
        <translation>Jeke identifikaciya sanı nadurıs ({name}): {reason}. Onı hújjet penen salıstırıp tekseriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No citizen with this ID number is registered at this site.</source>
        <extracomment>An error message (terminal.core.errors.UnknownCitizen).</extracomment>
        <translation>Bunday identifikaciya sanı bar puqara usı mekemede dizimge alınbaǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Your role ({role}) may not {action}. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.PermissionDenied).</extracomment>
        <translation>Siziń rolińizde ({role}) {action} huqıqı joq. Basshıǵa múrájat etiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This operator is not registered on this terminal or is disabled.</source>
        <extracomment>An error message (terminal.core.errors.UnknownOperator).</extracomment>
        <translation>Bul operator usı terminalda dizimnen ótpegen yamasa óshirilgen.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen must be identified first: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.IdentificationRequired).</extracomment>
        <translation>Dáslep puqaranıń shaxsın anıqlaw kerek: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Prescription {number} cannot be dispensed: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.PrescriptionNotDispensable).</extracomment>
        <translation>№ {number} recept boyınsha dári beriwge bolmaydı: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {aid} cannot be handed over: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.AidNotAvailable).</extracomment>
        <translation>«{aid}» quralın tapsırıwǵa bolmaydı: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {remaining} remain on the prescription.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsPrescription).</extracomment>
        <translation>{drug}: {requested} soraldı, biraq recept boyınsha tek {remaining} qaldı.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {in_stock} are in stock.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsStock).</extracomment>
        <translation>{drug}: {requested} soraldı, biraq qoymada tek {in_stock} bar.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen's consent to store their face is required before it can be enrolled.</source>
        <extracomment>An error message (terminal.core.errors.ConsentRequired).</extracomment>
        <translation>Puqaranıń júzin saqlaw ushın onıń razılıǵı kerek.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This face already matches another citizen's enrolled face. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.FaceEnrolledForAnother).</extracomment>
        <translation>Bul júz basqa puqaranıń saqlanǵan júzine sáykes keledi. Basshıǵa múrájat etiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} is not eligible for free meals at this school.</source>
        <extracomment>An error message (terminal.core.errors.NotEligibleForMeals).</extracomment>
        <translation>{student} bul mektepte tegin awqatlanıwǵa huqıqlı emes.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} has already had {session} today (served at {served_at}). Not recorded again.</source>
        <extracomment>An error message (terminal.core.errors.MealAlreadyServed).</extracomment>
        <translation>{student} búgin awqatlanıp bolǵan: «{session}» (saat {served_at}). Qayta jazılmadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This meal session does not exist at this school.</source>
        <extracomment>An error message (terminal.core.errors.UnknownMealSession).</extracomment>
        <translation>Bul mektepte bunday awqatlanıw waqtı joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This application was submitted on {submitted_at} and can no longer be changed.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationNotEditable).</extracomment>
        <translation>Bul arza {submitted_at} kúni berilgen, onı endi ózgertiwge bolmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The application is not complete: {missing}.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationIncomplete).</extracomment>
        <translation>Arza tolıq toltırılmaǵan, jetispeydi: {missing}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This family already has a submitted application for {benefit} (submitted on {submitted_on}).</source>
        <extracomment>An error message (terminal.core.errors.DuplicateApplication).</extracomment>
        <translation>Bul shańaraq arzanı burın bergen: {benefit} ({submitted_on} kúni berilgen).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No such application on this terminal.</source>
        <extracomment>An error message (terminal.core.errors.UnknownApplication).</extracomment>
        <translation>Bul terminalda bunday arza joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The terminal's data store failed: {reason}. Nothing was recorded.</source>
        <extracomment>An error message (terminal.core.errors.StoreError).</extracomment>
        <translation>Terminaldıń maǵlıwmatlar qoymasında qáte: {reason}. Hesh nárse jazılmadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The disk is full: nothing was recorded. Free some space, then try again.</source>
        <extracomment>An error message (terminal.core.errors.StoreFull).</extracomment>
        <translation>Disk tolı: hesh nárse jazılmadı. Orın bosatıp, qaytadan urınıp kóriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data folder {path} cannot be written to: nothing was recorded. Ask IT to check the disk.</source>
        <extracomment>An error message (terminal.core.errors.StoreReadOnly).</extracomment>
        <translation>Maǵlıwmatlar papkasına ({path}) jazıw múmkin emes: hesh nárse jazılmadı. IT qánigesinen diskti tekseriwdi sorań.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store is busy with another task: nothing was recorded. Try again in a moment.</source>
        <extracomment>An error message (terminal.core.errors.StoreBusy).</extracomment>
        <translation>Maǵlıwmatlar qoyması basqa jumıs penen bos emes: hesh nárse jazılmadı. Birazdan soń qaytadan urınıp kóriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged or is not a Hamyon store: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.StoreCorrupt).</extracomment>
        <translation>Maǵlıwmatlar qoyması ({path}) buzılǵan yamasa Hamyon qoyması emes: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged: {reason}. Nothing more can be recorded on this terminal; ask IT to run 'hamyon store recover' (every act that can still be read is kept).</source>
        <extracomment>An error message (terminal.core.errors.StoreDamaged).</extracomment>
        <translation>Maǵlıwmatlar qoyması ({path}) buzılǵan: {reason}. Bul terminalda endi hesh nárse jazıwǵa bolmaydı; IT xızmetkerinen 'hamyon store recover' buyrıǵın orınlawın sorań (ele oqıwǵa bolatuǵın barlıq jazıwlar saqlanadı).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is sound: there is nothing to recover.</source>
        <extracomment>An error message (terminal.core.errors.StoreSound).</extracomment>
        <translation>Maǵlıwmatlar qoyması ({path}) pútin: qayta tikleytuǵın hesh nárse joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data on this terminal cannot be opened: its key is missing or wrong. Ask IT; nothing has been changed.</source>
        <extracomment>An error message (terminal.core.errors.StoreKeyError).</extracomment>
        <translation>Bul terminaldaǵı maǵlıwmatlardı ashıwǵa bolmaydı: gilti joq yamasa nadurıs. IT xızmetkerine múrájat etiń; hesh nárse ózgertilmedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>Maǵlıwmatlar qoyması ({path}) Hamyon baǵdarlamasınıń jańaraq versiyası menen jazılǵan: bul terminaldı jańalań.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.</source>
        <extracomment>An error message (terminal.core.errors.ClockNotTrusted).</extracomment>
        <translation>Bul terminaldıń saatına isenip bolmaydı: {reason}. Hesh nárse óshirilmedi. Saattı dúzetiń yamasa reestr menen sinxronlań, soń qaytadan urınıp kóriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>Terminal ele sazlanbaǵan: dáslep 'hamyon setup' yamasa 'hamyon demo' buyrıǵın orınlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. Try again after {time}, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLocked).</extracomment>
        <translation>PIN-kod dım kóp márte nadurıs kirgizildi. {time} den keyin qayta urınıp kóriń yamasa basshıǵa múrájat etiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. This operator is locked until a supervisor sets a new PIN.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLockedUntilNewPin).</extracomment>
        <translation>PIN-kod dım kóp márte nadurıs kirgizildi. Basshı jańa PIN-kod ornatpaǵansha bul operator bekitilgen.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>{session} is served from {starts} to {ends}; it is {time} now. A meal outside these hours needs a supervisor's word.</source>
        <extracomment>An error message (terminal.core.meals.MealOutsideHours).</extracomment>
        <translation>«{session}» waqtı: {starts}–{ends}, házir {time}. Basqa waqıtta awqat tek basshınıń tastıyıǵı menen beriledi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>{name} is locked until a new PIN is set: set a new PIN for them instead.</source>
        <extracomment>An error message (terminal.core.operators.LockNeedsNewPin).</extracomment>
        <translation>{name} jańa PIN-kod ornatılǵansha bekitilgen: onıń ornına oǵan jańa PIN-kod ornatıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The supervisor's word is not taken: {reason}.</source>
        <extracomment>An error message (terminal.core.operators.WordRefused).</extracomment>
        <translation>Basshınıń tastıyıǵı qabıl etilmedi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>Atı yamasa PIN-kodı nadurıs. Qaytadan urınıp kóriń yamasa basshıǵa múrájat etiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>This is not a medicine pack's code ({reason}). Scan the square code on the pack again.</source>
        <extracomment>An error message (terminal.core.packs.PackUnreadable).</extracomment>
        <translation>Bul dári qaptamasınıń kodı emes ({reason}). Qaptamadaǵı kvadrat kodtı qayta skanerleń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack {serial} cannot be handed out: {reason}.</source>
        <extracomment>An error message (terminal.core.packs.PackRefused).</extracomment>
        <translation>{serial} qaptamasın beriwge bolmaydı: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack scanned is {scanned}, not a medicine being handed out ({expected}).</source>
        <extracomment>An error message (terminal.core.packs.PackWrongMedicine).</extracomment>
        <translation>Skanerlengen qaptama — {scanned}, berilip atırǵan dári emes ({expected}).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>{drug}: scan every pack handed out (none scanned yet).</source>
        <extracomment>An error message (terminal.core.packs.PacksMissing).</extracomment>
        <translation>{drug}: beriletuǵın hár bir qaptamanı skanerleń (ázirshe birde-biri joq).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>Basıp shıǵarıw ushın shrift tabılmadı (DejaVu Sans): fonts-dejavu-core paketin ornatıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>Only a dispense, a meal or an aid's hand-over recorded at this terminal can be reversed.</source>
        <extracomment>An error message (terminal.core.reversals.NotReversible).</extracomment>
        <translation>Tek usı terminalda jazılǵan dári beriwdi, awqat beriwdi yamasa qural tapsırıwdı biykarlawǵa boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>This was reversed already, on {at} by {supervisor}: {reason}.</source>
        <extracomment>An error message (terminal.core.reversals.AlreadyReversed).</extracomment>
        <translation>Bul burın biykarlanǵan ({at}, {supervisor}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>'hamyon simulate' makes up activity: it runs only on a demo site or on a terminal connected to a registry on this computer, not at {registry}.</source>
        <extracomment>An error message (terminal.core.simulate.SimulationRefused).</extracomment>
        <translation>'hamyon simulate' jalǵan háreket jaratadı: ol tek demo mekemede yamasa usı kompyuterdegi reestrge jalǵanǵan terminalda isleydi, {registry} de emes.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulation.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulation.NothingToSimulate).</extracomment>
        <translation>«{what}» ushın modellestiretuǵın hesh nárse joq: bul mekemede oǵan operatorlar, mektepler yamasa dáriler joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>This terminal has not learned the registry's key for USB bundles yet: connect it to the registry once ('hamyon sync') before it can write a bundle.</source>
        <extracomment>An error message (terminal.sync_client.bundle.RegistryKeyUnknown).</extracomment>
        <translation>Terminal ele reestrdiń fleshkadaǵı paketler ushın giltin almaǵan: paket jazıwdan aldın onı bir ret reestrge jalǵań ('hamyon sync').</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>There is no bundle from the registry for this terminal ({device}) in {where}.</source>
        <extracomment>An error message (terminal.sync_client.bundle.NoBundleHere).</extracomment>
        <translation>{where} ishinde reestrden bul terminal ({device}) ushın paket joq.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The Face-ID engine failed.</source>
        <extracomment>An error message (biometrics.errors.BiometricsError).</extracomment>
        <translation>Face-ID modulinde qáte júz berdi.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face models are not installed ({detail}). Reinstall Hamyon Terminal.</source>
        <extracomment>An error message (biometrics.errors.ModelsMissing).</extracomment>
        <translation>Júzdi tanıw modelleri ornatılmaǵan ({detail}). Hamyon Terminal baǵdarlamasın qayta ornatıń.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} cannot be used as a picture: {reason}.</source>
        <extracomment>An error message (biometrics.errors.BadImage).</extracomment>
        <translation>Súwretti paydalanıw múmkin emes ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} is too large ({size}); the limit is {limit}. Use a smaller picture.</source>
        <extracomment>An error message (biometrics.errors.ImageTooLarge).</extracomment>
        <translation>Súwret júdá úlken ({name}, {size}); shegi — {limit}. Kishkenerek súwretti paydalanıń.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>No face was found in {name}.</source>
        <extracomment>An error message (biometrics.errors.NoFace).</extracomment>
        <translation>Júz tabılmadı ({name}).</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{count} faces of similar size are in {name}: the picture must show only one person.</source>
        <extracomment>An error message (biometrics.errors.SeveralFaces).</extracomment>
        <translation>Súwrette ({name}) ólshemi uqsas bir neshe júz bar ({count}): súwrette tek bir adam bolıwı kerek.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face in {name} is not good enough: {reason}.</source>
        <extracomment>An error message (biometrics.errors.LowQuality).</extracomment>
        <translation>Súwrettegi júzdiń sapası jetkiliksiz ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>A face template must be 128 finite numbers: {reason}.</source>
        <extracomment>An error message (biometrics.errors.InvalidTemplate).</extracomment>
        <translation>Júz úlgisi 128 shekli sannan ibarat bolıwı kerek: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face could not be enrolled: {reason}.</source>
        <extracomment>An error message (biometrics.errors.EnrollmentIncomplete).</extracomment>
        <translation>Júzdi saqlaw múmkin bolmadı: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} failed: {reason}.</source>
        <extracomment>An error message (biometrics.errors.CameraError).</extracomment>
        <translation>Video dereginde qáte ({source}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} was not found: {hint}.</source>
        <extracomment>An error message (biometrics.errors.CameraNotFound).</extracomment>
        <translation>Video deregi tabılmadı ({source}): {hint}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} is in use by another program: close that program, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraBusy).</extracomment>
        <translation>Video deregin ({source}) basqa baǵdarlama paydalanıp atır: sol baǵdarlamanı jabıp, qaytadan urınıp kóriń.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} stopped sending pictures: check its cable or file, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraLost).</extracomment>
        <translation>Video deregi ({source}) súwret jiberiwdi toqtattı: kabeldi yamasa fayldı tekserip, qaytadan urınıp kóriń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation failed.</source>
        <extracomment>An error message (sync.errors.SyncError).</extracomment>
        <translation>Sinxronlaw ámelge aspadı.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.</source>
        <extracomment>An error message (sync.errors.RegistryUnreachable).</extracomment>
        <translation>Reestr menen baylanıs joq ({url}): {reason}. Terminal tarmaqsız islewin dawam etedi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry answered with an error ({status}: {reason}). It will be tried again.</source>
        <extracomment>An error message (sync.errors.RegistryFailed).</extracomment>
        <translation>Reestr qáte menen juwap berdi ({status}: {reason}). Keyinirek qayta urınıp kóriledi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused the request: {reason}</source>
        <extracomment>An error message (sync.errors.RegistryRefused).</extracomment>
        <translation>Reestr sorawdı qabıl etpedi: {reason}</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry's certificate is not the one this terminal trusts (its fingerprint is {seen}): nothing was sent. Someone may be impersonating the registry; ask a supervisor.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateMismatch).</extracomment>
        <translation>Reestrdiń sertifikatı bul terminal isenetuǵın sertifikat emes (izi: {seen}): hesh nárse jiberilmedi. Kimdir ózin reestr etip kórsetip atırǵan bolıwı múmkin; basshıǵa múrájat etiń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry's certificate cannot be verified ({reason}): nothing was sent. Check the registry's address and this terminal's CA bundle.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateUntrusted).</extracomment>
        <translation>Reestrdiń sertifikatın tekseriwge bolmadı ({reason}): hesh nárse jiberilmedi. Reestrdiń mánzilin hám terminaldıń CA toplamın tekseriń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is not connected to a registry: run 'hamyon setup --registry URL --code CODE'.</source>
        <extracomment>An error message (sync.errors.NotEnrolled).</extracomment>
        <translation>Terminal reestrge jalǵanbaǵan: 'hamyon setup --registry URL --code CODE' buyrıǵın orınlań.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is already connected to {registry} as device {device}; use an empty --home.</source>
        <extracomment>An error message (sync.errors.AlreadyEnrolled).</extracomment>
        <translation>Terminal reestrge ({registry}) {device} qurılması sıpatında jalǵanıp bolǵan; bos --home papkasın kórsetiń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This home already holds a site that is not from a registry ({facility}); use an empty --home.</source>
        <extracomment>An error message (sync.errors.HomeNotEmpty).</extracomment>
        <translation>Bul papkada reestrden emes mekeme bar ({facility}); bos --home papkasın kórsetiń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device key {path} is missing or unreadable: the terminal must be set up again.</source>
        <extracomment>An error message (sync.errors.KeyMissing).</extracomment>
        <translation>Qurılma gilti ({path}) joq yamasa oqılmaydı: terminaldı qaytadan sazlaw kerek.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{count} acts wait for earlier ones the registry refused ({reason}); ask a supervisor.</source>
        <extracomment>An error message (sync.errors.PushStalled).</extracomment>
        <translation>Gezektegi jazıwlar: {count}; olar reestr qabıl etpegen aldıńǵı jazıwlardı kútip tur ({reason}). Basshıǵa múrájat etiń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation was cancelled; it resumes where it stopped.</source>
        <extracomment>An error message (sync.errors.SyncCancelled).</extracomment>
        <translation>Sinxronlaw toqtatıldı; ol toqtaǵan jerinen dawam etedi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request is malformed: {reason}.</source>
        <extracomment>An error message (sync.errors.BadRequest).</extracomment>
        <translation>Soraw nadurıs dúzilgen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device is not enrolled at the registry.</source>
        <extracomment>An error message (sync.errors.UnknownDevice).</extracomment>
        <translation>Bul qurılma reestrde dizimnen ótpegen.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request's signature does not match the device's key.</source>
        <extracomment>An error message (sync.errors.BadSignature).</extracomment>
        <translation>Sorawdıń qoltańbası qurılma giltine sáykes kelmeydi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device clock is off by more than {limit} seconds from the registry's ({server_time}).</source>
        <extracomment>An error message (sync.errors.ClockSkew).</extracomment>
        <translation>Qurılma saatı reestr saatınan ({server_time}) {limit} sekundtan kóbirek parıq qıladı.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This request was already received once (a replay); it is ignored.</source>
        <extracomment>An error message (sync.errors.ReplayedRequest).</extracomment>
        <translation>Bul soraw burın qabıl etilgen (qaytalaw); ol esapqa alınbaydı.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device was revoked at the registry; a supervisor must set the terminal up again.</source>
        <extracomment>An error message (sync.errors.DeviceRevoked).</extracomment>
        <translation>Bul qurılma reestrde biykarlanǵan; basshı terminaldı qaytadan sazlawı kerek.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The enrollment code is unknown, used already or expired: ask the registry for a new one.</source>
        <extracomment>An error message (sync.errors.EnrollmentCodeInvalid).</extracomment>
        <translation>Jalǵanıw kodı belgisiz, burın paydalanılǵan yamasa múddeti ótken: reestrden jańasın sorań.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The batch holds {count} acts; the registry takes at most {limit} at once.</source>
        <extracomment>An error message (sync.errors.BatchTooLarge).</extracomment>
        <translation>Pakettegi jazıwlar sanı: {count}; reestr bir mártede eń kóbi menen {limit} jazıw qabıl etedi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is larger than the registry takes ({limit} bytes).</source>
        <extracomment>An error message (sync.errors.BodyTooLarge).</extracomment>
        <translation>Sorawdıń kólemi reestr qabıl etetuǵın kólemnen úlken ({limit} bayt).</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{url} is not an https:// address: citizens' data must not cross the network unencrypted. Ask the registry team for its https:// address.</source>
        <extracomment>An error message (sync.errors.PlainHttpRefused).</extracomment>
        <translation>{url} https:// mánzili emes: puqaralardıń maǵlıwmatları tarmaq arqalı shifrlanbay ótpewi kerek. Reestr toparınan onıń https:// mánzilin sorań.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This registry answers only over HTTPS; use an https:// address.</source>
        <extracomment>An error message (sync.errors.HttpsRequired).</extracomment>
        <translation>Bul reestr tek HTTPS arqalı juwap beredi; https:// mánzilin paydalanıń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.</source>
        <extracomment>An error message (sync.errors.AuditChainBroken).</extracomment>
        <translation>Reestr audit jurnalınıń {seq}-jazıwın qabıl etpedi: {reason}. Basshıdan audit jurnalın tekseriwdi sorań.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's audit trail up to entry {head}; entry {seq} cannot follow it.</source>
        <extracomment>An error message (sync.errors.AuditGap).</extracomment>
        <translation>Reestrde bul terminaldıń audit jurnalı {head}-jazıwǵa shekem bar; {seq}-jazıw onnan keyin kele almaydı.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's acts up to act {head}: it cannot take acts {first} to {last} as lost.</source>
        <extracomment>An error message (sync.errors.GapMismatch).</extracomment>
        <translation>Reestrde bul terminaldıń jazıwları {head}-jazıwǵa shekem bar: ol {first}–{last}-jazıwlardı joǵalǵan dep qabıl ete almaydı.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is encoded as {encoding}; send identity or gzip.</source>
        <extracomment>An error message (sync.errors.UnsupportedEncoding).</extracomment>
        <translation>Soraw denesi {encoding} túrinde kodlanǵan; identity yamasa gzip jiberiń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry speaks protocol versions {supported}; this terminal sent {sent}. Update it.</source>
        <extracomment>An error message (sync.errors.ProtocolUnsupported).</extracomment>
        <translation>Reestr protokoldıń {supported} versiyaların qollaydı; terminal {sent} versiyasın jiberdi. Terminaldı jańalań.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry is busy or its database is unavailable; try again shortly.</source>
        <extracomment>An error message (sync.errors.RegistryBusy).</extracomment>
        <translation>Reestr bos emes yamasa onıń maǵlıwmatlar bazası qoljetimsiz; birazdan soń qaytadan urınıp kóriń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry database {url} cannot be used: {reason}.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseError).</extracomment>
        <translation>Reestr maǵlıwmatlar bazasın ({url}) paydalanıw múmkin emes: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>There is no registry database at {path}: check the --db address.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseMissing).</extracomment>
        <translation>{path} jolında reestr maǵlıwmatlar bazası joq: --db mánzilin tekseriń.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry has no facility {facility}: seed or import it first.</source>
        <extracomment>An error message (sync.errors.UnknownFacility).</extracomment>
        <translation>Reestrde {facility} mekemesi joq: dáslep onı jaratıń yamasa importlań.</translation>
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
        <translation>Bul fayl pútin Hamyon paketi emes ({reason}): ol biykarlandı, ondaǵı hesh nárse paydalanılmadı. Paketti qaytadan jazıń.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle was changed after it was written (its signature does not match): it is refused whole and nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleChanged).</extracomment>
        <translation>Paket jazılǵannan keyin ózgertilgen (qoltańbası sáykes kelmeydi): ol tolıǵı menen biykarlandı, ondaǵı hesh nárse paydalanılmadı.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotForUs).</extracomment>
        <translation>Paketti bul jerde ashıwǵa bolmaydı: ol mınalar ushın mórlengen: {whom}. Ondaǵı hesh nárse paydalanılmadı.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle could not be written to {folder} (the stick is full, read-only or was taken out): nothing was left there. Try another stick or folder.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotWritten).</extracomment>
        <translation>Paketti {folder} ishine jazıwǵa bolmadı (fleshka tolǵan, jazıwdan qorǵalǵan yamasa shıǵarıp alınǵan): ol jerde hesh nárse qalmadı. Basqa fleshkanı yamasa papkanı sınap kóriń.</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>The request is not signed: the device, time, nonce and signature headers are required (a nonce of at most {limit} characters).</source>
        <extracomment>An error message (sync.server.auth.UnsignedRequest).</extracomment>
        <translation>Sorawǵa qol qoyılmaǵan: qurılma, waqıt, nonce hám qoltańba sarlawhaları kerek (nonce eń kóbi menen {limit} belgi).</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please blink slowly.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Ótinemiz, kózińizdi áste jumıp ashıń.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your left.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Ótinemiz, basıńızdı áste shepke burıń.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your right.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Ótinemiz, basıńızdı áste ońǵa burıń.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>waiting for the person</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>adam kútilmekte</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>adam soralǵandı orınladı</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>kadrǵa basqa júz kirdi: qaytadan baslań</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>kóz waqtında jumılıp ashılmadı: súwret yamasa ekran kóz juma almaydı</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>bas waqtında burılmadı: súwret yamasa ekran burıla almaydı</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it comes after an act the registry refused</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ol reestr qabıl etpegen jazıwdan keyin keledi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>an earlier act has not reached the registry yet</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>aldıńǵı jazıw ele reestrge jetip barmaǵan</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its number was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>onıń nomeri basqa jazıwda qollanılıp bolǵan</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its signature does not match this terminal's key</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>onıń qoltańbası bul terminaldıń giltine sáykes kelmeydi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it was changed after it was recorded</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ol jazılǵannan keyin ózgertilgen</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its place in the sequence was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>onıń izbe-izliktegi ornı basqa jazıw menen bánt</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it does not follow on from the act before it</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ol aldıńǵı jazıwdıń dawamı emes</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry does not know this kind of act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>reestr bunday túrdegi jazıwdı bilmeydi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its contents are not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>onıń mazmunı nadurıs</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it belongs to another facility</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ol basqa mekemege tiyisli</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its time is not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>onıń waqtı nadurıs</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it dispenses from another citizen's prescription</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ol basqa puqaranıń recepti boyınsha dári beredi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the student or the meal session is not of its school</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>oqıwshı yamasa awqatlanıw waqtı usı mektepke tiyisli emes</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated before this terminal was set up: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>onıń sánesi bul terminal sazlanbastan burınǵı: terminaldıń saatın tekseriń</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated more than a day ahead of the registry: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>onıń sánesi reestr waqtınan bir kúnnen kóbirek aldında: terminaldıń saatın tekseriń</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no act of this terminal that may be reversed</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ol bul terminaldaǵı biykarlanıwı múmkin bolǵan hesh bir jazbanı biykarlamaydı</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the act it reverses was reversed already</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ol biykarlaytuǵın jazıw burın biykarlanǵan</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>server error</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>server qátesi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry is busy</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>reestr bánt</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry's database cannot be used</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>reestrdiń maǵlıwmatlar bazasınan paydalanıwǵa bolmaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/money.py"/>
        <source>so'm</source>
        <extracomment>A currency's sign after an amount (100 000.00 so'm): as written in this language.</extracomment>
        <translation>sum</translation>
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
        <translation>kvitanciya</translation>
    </message>
    <message>
        <location filename="../../terminal/core/act_receipts.py"/>
        <source>no dispense or hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday nomerli dári beriw yamasa qural tapsırıw joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>dáwir</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <source>the end comes before the start</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>tamamlanıw sánesi baslanıwınan aldın</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>mobility</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>háreketleniw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>hearing</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>esitiw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>vision</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>kóriw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>prosthesis</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>protezlew</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>care</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>kútim</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>the entitlement was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>huqıq biykarlanǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>it was already handed over</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol aldın tapsırılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>aid</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>qural</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>this is not an entitlement of this person</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bul huqıq usı puqaraǵa tiyisli emes</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>no hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday nomerli qural tapsırıw joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>serial number</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>seriyalıq nomer</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>type or scan the serial number on the aid's label</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>qural belgisindegi seriyalıq nomerdi kirgiziń yamasa skanerleń</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>use only letters, digits and - / . (at most 64 characters)</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>tek háripler, cifrlar hám - / . belgilerin paydalanıń (kóbi menen 64 belgi)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>someone in this family already applied for this benefit in the last 12 months</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>bul shańaraqtan birew sońǵı 12 ayda usı járdem ushın arza bergen</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>application</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>arza</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>it is not submitted yet</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ol ele tapsırılmaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft: not submitted yet</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Qaralama: ele tapsırılmaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Dıqqat kerek: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: the registry did not take it ({reason})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Dıqqat kerek: reestr onı qabıl etpedi ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted on {date}, waiting to be sent to the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{date} kúni tapsırıldı, reestrge jiberiwdi kútip tur</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reestrge kelip tústi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{date} kúni reestrge kelip tústi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Approved by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reestr {date} kúni maqulladı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Refused by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reestr {date} kúni rad etti</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry asks for documents (since {date})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reestr hújjetler sorap atır ({date} kúnnen baslap)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Started by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Basladı: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft last saved</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Qaralama sońǵı márte saqlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Tapsırdı: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Sending tried {count} times; it is tried again while the terminal is online</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Jiberiwge {count} márte urınıldı; terminal tarmaqta bolǵanda qayta urınıp kóriledi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry did not take it: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reestr onı qabıl etpedi: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry found that {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reestr anıqladı: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry received a later application that conflicts with this one</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reestrge buǵan qayshı keletuǵın keyingi arza kelip tústi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>{name}, born {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{name}, {date} tuwılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like {people}; flagged for the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Júz tekserildi, mına adamǵa uqsaydı: {people}; reestrdiń dıqqatına belgilendi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it is the applicant's own enrolled face</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Júz tekserildi: bul arza beriwshiniń óziniń saqlanǵan júzi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like nobody else enrolled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Júz tekserildi: saqlanǵan basqa hesh kimge uqsamaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>the registry found a conflict with another act ({kind})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>reestr basqa jazıw menen qarama-qayshılıq taptı ({kind})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>benefit type</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>járdem túri</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed benefits</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>dizimdegi járdem túrleriniń birin tańlań</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>name</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>atı-jóni</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>a family member</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>shańaraq aǵzası</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>birth date</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>tuwılǵan sánesi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it does not match the birth date in the ID number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>jeke identifikaciya sanındaǵı tuwılǵan sánege sáykes kelmeydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>relation</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>tuwısqanlıq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed relations</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>dizimnen tuwısqanlıq dárejesin tańlań</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>place of work</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>jumıs ornı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>unknown body</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>belgisiz uyım</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the family member's name is empty</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>shańaraq aǵzasınıń atı-jóni jazılmaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>occupation</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>kásibi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>family members</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>shańaraq aǵzaları</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the same ID number is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bir identifikaciya sanı eki márte jazılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>only one person can be the applicant</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>arza beriwshi tek bir adam bola aladı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>dáramat</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it belongs to someone not in the family</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ol shańaraqqa kirmeytuǵın adamǵa tiyisli</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income source</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>dáramat deregi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed sources</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>dizimnen dáramat deregin tańlań</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>monthly income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>aylıq dáramat</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>múlk</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed kinds</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>dizimnen túrin tańlań</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset value</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>múlk bahası</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset description</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>múlk táriypi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>mánzil</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>phone</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>arza beriwshi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the benefit type</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>járdem túri</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>mánzil</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant's consent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>arza beriwshiniń razılıǵı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>at most {limit} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>eń kóbi menen {limit} belgi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it contains control characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>onda basqarıw belgileri bar</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>must be a whole amount, zero or more</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>summa nolden kem emes pútin san bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the amount is implausibly large</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>summa isenimsiz dárejede úlken</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>child-care allowance (child under 2)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>bala 2 jasqa tolǵanǵa shekem bala tárbiyası boyınsha napaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>allowance for families with children under 14</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>14 jasqa shekem balaları bolǵan shańaraqlarǵa napaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>material aid for low-income families</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>kem támiyinlengen shańaraqlarǵa materiallıq járdem</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the defence bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} qorǵanıw uyımlarında xızmet etedi: olardıń shańaraqları bul járdemdi ala almaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the internal affairs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} ishki isler uyımlarında xızmet etedi: olardıń shańaraqları bul járdemdi ala almaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the emergency situations bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} ayrıqsha jaǵdaylar uyımlarında xızmet etedi: olardıń shańaraqları bul járdemdi ala almaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the state security bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} mámleketlik qáwipsizlik xızmetinde isleydi: olardıń shańaraqları bul járdemdi ala almaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the national guard bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} Milliy gvardiyada xızmet etedi: olardıń shańaraqları bul járdemdi ala almaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the customs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} bajıxana uyımlarında xızmet etedi: olardıń shańaraqları bul járdemdi ala almaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is at or below the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Hár bir adamǵa aylıq dáramat {per_capita} (shańaraqta {size} adam), bul {threshold} sheginen aspaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is above the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Hár bir adamǵa aylıq dáramat {per_capita} (shańaraqta {size} adam), bul {threshold} sheginen joqarı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Declared assets worth {assets} exceed the limit of {limit}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Kórsetilgen múlktiń bahası {assets}, bul {limit} sheginen asadı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} is {months} months old</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>{name}: {months} aylıq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Shańaraqta 2 jasqa tolmaǵan bala joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{count} children under 14 in the family</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Shańaraqtaǵı 14 jasqa shekemgi balalar: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Shańaraqta 14 jasqa shekemgi bala joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Shańaraqta 2 jasqa tolmaǵan bala joq: eń kishkenesi — {name}, {born} kúni tuwılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Shańaraqta 14 jasqa shekemgi bala joq: eń kishkenesi — {name}, {born} kúni tuwılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>no purge entry accounts for the removed entries</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>óshirilgen jazıwlardı hesh bir tazalaw jazıwı túsindirmeydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>the purge anchors differ from what the last purge recorded</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>tazalawdıń tayanısh noqatları sońǵı tazalawda jazılǵanınan parıq qıladı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>entry {seq} is missing</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>№ {seq} jazıw joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>it does not follow the entry before it (removed or reordered)</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol aldıńǵı jazıwdan keyin kelmeydi (óshirilgen yamasa ornı almastırılǵan)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>its content was changed after it was written</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń mazmunı jazılǵannan keyin ózgertilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dates.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń ámel etiw múddeti {date} kúni pitken</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dates.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol tek {date} kúninen baslap ámel etedi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispense_packs.py"/>
        <source>it was handed out at this terminal on {day}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol {day} kúni usı terminalda berilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol biykarlanǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>nothing left on the prescription</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>recept boyınsha hesh nárse qalmadı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>out of stock</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>qoymada joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>low stock: {count} left</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>qor az: {count} qaldı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>dáriler</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>choose at least one medicine to hand out</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>beriw ushın keminde bir dárini tańlań</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>quantity</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>sanı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>must be a whole number above zero</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>nolden úlken pútin san bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the same prescription line is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>recepttiń bir qatarı eki márte kórsetilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>this is not a prescription of this patient</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bul usı nawqastıń recepti emes</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong. The details are in the log file; please tell IT.</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Bir nárse nadurıs boldı. Tolıǵıraq maǵlıwmat jurnal faylında; IT qánigesine xabar beriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/exports.py"/>
        <source>Exported by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Eksport etti: {operator}, {time}, {device} terminalınan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/exports.py"/>
        <source>Printed by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Basıp shıǵardı: {operator}, {time}, {device} terminalınan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>face templates</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>júz úlgileri</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>none were captured</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>biri de alınbadı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <location filename="../../terminal/core/operators.py"/>
        <location filename="../../terminal/core/reversals.py"/>
        <source>write the reason</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>sebebin jazıń</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>enroll a look-alike face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>basqaǵa uqsas júzdi saqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>reason</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>sebep</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>a written reason is required</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>jazba túrdegi sebep kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/identification.py"/>
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>belgisiz identifikaciya usılı «{method}»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/identification.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>basshı hám sebep tek qol menen tastıyıqlawda kórsetiledi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (PINFL)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Identifikaciya sanı (PINFL)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (IIN)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Identifikaciya sanı (IIN)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must contain digits only</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ol tek cifrlardan ibarat bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must have {length} digits, not {count}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onda {count} emes, {length} cifr bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the check digit does not match</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>qadaǵalaw cifrı sáykes kelmeydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the century and sex digit must be 1 to 6</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ásir hám jınıs cifrı 1 den 6 ǵa shekem bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is impossible</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ondaǵı tuwılǵan sáne múmkin emes</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is in the future</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ondaǵı tuwılǵan sáne ele kelmegen</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>birinshi kún</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the last day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>aqırǵı kún</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day is after the last day</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>birinshi kún aqırǵı kúnnen keyin</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>school</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>mektep</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>no such school at this site</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bul mekemede bunday mektep joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Breakfast</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Erteńgi awqat</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Lunch</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Túslik awqat</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Afternoon snack</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Tústen keyingi jeńil awqat</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Dinner</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Keshki awqat</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>confirm a meal outside its hours</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>waqtınan tıs awqattı tastıyıqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>student</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>oqıwshı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>not a student of this school</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bul mekteptiń oqıwshısı emes</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>a supervisor other than you must give it</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>onı sizden basqa basshı beriwi kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>PIN</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>at least {count} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>keminde {count} belgi</translation>
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
        <translation>bunday operator joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>qol menen tastıyıqlaw ushın jazba túrdegi sebep kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override must be signed by a supervisor other than you</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>qol menen tastıyıqlawǵa sizden basqa basshı qol qoyıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a supervisor's signature</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>tastıyıqlaw ushın basshınıń qolı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>this override was signed for another citizen or operator</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>bul tastıyıqqa basqa puqara yamasa operator ushın qol qoyılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override has expired or was already used; ask the supervisor again</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>tastıyıqtıń múddeti ótken yamasa ol paydalanılıp bolǵan; basshıdan qayta sorań</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>nothing was scanned</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>hesh nárse skanerlenbedi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it is not a GS1 code</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>bul GS1 kodı emes</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has no product code and serial number</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>onda ónim kodı hám seriya nómeri joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>the product code's check digit is wrong</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ónim kodınıń qadaǵalaw cifrı qáte</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has expired</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>jaramlılıq múddeti ótken</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it was scanned already for this hand-out</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ol usı beriw ushın aldın skanerlengen</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>search</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>izlew</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>type at least two letters of the name</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>atınıń keminde eki háripin kirgiziń</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday nomerli dári beriw joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a recorded act</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>jazbanı biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>nurse</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>medbiyke</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>canteen staff</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>asxana xızmetkeri</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>inspector</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>inspektor</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>social worker</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>sociallıq xızmetker</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>supervisor</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>basshı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>dári beriw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>serve school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>mektep awqatın beriw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>export meal reports</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>awqatlanıw esabatların eksportlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>arzalardı dizimge alıw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>hand over technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>texnikalıq qurallardı tapsırıw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>shaxstı qol menen tastıyıqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>enroll a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>puqaranıń júzin saqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>remove a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>puqaranıń júzin óshiriw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>change settings</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>sazlawlardı ózgertiw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>manage operators</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>operatorlardı basqarıw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>read the audit trail</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>audit jurnalın oqıw</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Per-capita monthly income at or below which a family counts as low-income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Shańaraq kem támiyinlengen dep esaplanatuǵın hár bir adamǵa aylıq dáramat shegi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Total declared asset value above which material aid is not recommended</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Materiallıq járdem usınılmaytuǵın kórsetilgen múlktiń ulıwma bahasınıń shegi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Minutes without use after which the terminal locks its screen</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Paydalanılmasa, terminal ekranın qulıplaytuǵın minutlar sanı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which the face templates of a citizen not seen here are erased</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Bul jerge kelmegen puqaranıń júz úlgileri óshiriletuǵın kúnler sanı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which acts the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Reestrde saqlanıp turǵan ámeller bul terminaldan óshiriletuǵın kúnler sanı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which audit entries the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Reestrde saqlanıp turǵan audit jazıwları bul terminaldan óshiriletuǵın kúnler sanı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which application drafts not touched since are discarded</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Sonnan berli ózgertilmegen arza qaralamaları óshiriletuǵın kúnler sanı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Every medicine pack is scanned at hand-out (the square code on it)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Hár bir dári qaptaması beriwde skanerlenedi (ondaǵı kvadrat kod)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The character the pack scanner types for a group separator</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Qaptama skaneri topar ajıratqıshınıń ornına kirgizetuǵın belgi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The Face-ID instructions are spoken aloud in the elderly mode</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Jası úlkenler ushın rejimde Face-ID kórsetpeleri dawıslap aytıladı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Loudness of the spoken guidance, in percent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Dawıslı kórsetpelerdiń kúshi, procentte</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a whole number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>pútin san bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>san bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be yes or no</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>«awa» yamasa «yaq» bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be text</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>tekst bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be from {low} to {high}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol {low} den {high} ge shekem bolıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>there is no such setting</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday sazlaw joq</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>the disk failed to read or write ({detail})</source>
        <extracomment>Fills {reason} in “The terminal's data store failed: {reason}. Nothing was recorded.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>disk maǵlıwmattı oqıy yamasa jaza almadı ({detail})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>onda basqa baǵdarlamanıń kesteleri bar</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it is not a whole number of database pages</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>onıń kólemi maǵlıwmatlar bazası betleriniń pútin sanına teń emes</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>its encrypted copy did not match; the original is kept</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>onıń shifrlanǵan nusqası sáykes kelmedi; túp nusqası saqlap qalındı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>the damage report beside it cannot be read</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>qasındaǵı buzılıw haqqındaǵı esabattı oqıwǵa bolmaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its first page (the header) fails its check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń birinshi beti (sarlawhası) tekseriwden ótpeydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>{count} of its {total} pages fail their check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń {total} betinen {count} beti tekseriwden ótpeydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its salt (the first bytes of the file) is damaged</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń duzı (fayldıń dáslepki baytları) buzılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>SQLite's check of the store failed</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>qoymanı SQLite arqalı tekseriw sátsiz tamamlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_rekey.py"/>
        <source>it did not open with its new key; the old and the new key are both kept</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol jańa gilt penen ashılmadı; eski hám jańa gilttiń ekewi de saqlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days ahead of the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol reestr saatınan {days} kún aldında</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days behind the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol reestr saatınan {days} kún artta</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is behind the last time known here ({at})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol bul jerde belgili bolǵan sońǵı waqıttan ({at}) artta</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days past the last time known here, and the registry has not confirmed it</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol bul jerde belgili bolǵan sońǵı waqıttan {days} kún aldında, reestr bunı tastıyıqlamaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>mektep awqatı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>arzalar</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>texnikalıq qurallar</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>it cannot be read</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>onı oqıwǵa bolmaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>another terminal</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>basqa terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its answers are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ondaǵı juwaplar protokol formasında emes</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its news is not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ondaǵı jańalıqlar protokol formasında emes</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>tarmaqsız jazılǵan jazıwlar</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a pinned certificate needs an https:// registry address</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>bekitilgen sertifikat ushın reestr mánzili https:// penen baslanıwı kerek</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>ózgerisleri yamasa kursorı joq ózgerisler beti</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>juwap waqtında kelmedi</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>baylanıs joq</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>juwap úzilip qaldı</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer the protocol does not allow</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>protokolǵa sáykes kelmeytuǵın juwap</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>bul terminal dizimnen ótpegen</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer too large to take</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>júdá úlken juwap</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it answered with the HTTP status {status}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ol HTTP {status} kodı menen juwap berdi</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it said: {message}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń juwabı: {message}</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>only {count} of {needed} good pictures were taken</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{needed} jaqsı súwretten tek {count} alındı</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>súwretlerde bir adam emes: qaytadan baslań</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the gallery folder {folder} does not exist</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>galereya papkası ({folder}) joq</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>it holds no sub-folder per person</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onda hár bir adam ushın bólek papka joq</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>no usable face in the gallery folder {folder} ({why})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>galereya papkasında ({folder}) jaramlı júz joq ({why})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>over {count} pixels</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} pikselden artıq</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>{count} pixels</source>
        <extracomment>Fills {limit} in “{name} is too large ({size}); the limit is {limit}. Use a smaller picture.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} piksel</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not a picture in a known format</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>bul belgili formattaǵı súwret emes</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is damaged or incomplete</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>fayl buzılǵan yamasa tolıq emes</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <location filename="../../biometrics/sources.py"/>
        <source>the file does not exist</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”
Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>fayl joq</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is a folder, not a file</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>bul papka, fayl emes</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file cannot be opened ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>fayldı ashıwǵa bolmaydı ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>fayl bos</translation>
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
        <translation>{width} × {height} piksel</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it has no pixels</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>onda pikseller joq</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the frame</source>
        <extracomment>Fills {name} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>kadr</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not an 8-bit picture</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>bul 8 bitli súwret emes</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>its shape {shape} is not height x width x 3</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń pishini {shape}, al keregi «biyiklik × eni × 3»</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>face_recognition_models paketi ornatılmaǵan</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the file {file} is missing</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{file} faylı joq</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>a model file cannot be read: {error}</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>model faylın oqıwǵa bolmaydı: {error}</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>dlib kitapxanası ornatılmaǵan</translation>
    </message>
    <message>
        <location filename="../../biometrics/pipeline.py"/>
        <source>the face could not be measured</source>
        <extracomment>Fills {reason} in “The face in {name} is not good enough: {reason}.”</extracomment>
        <translation>júzdi ólshewge bolmadı</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too far from the camera: come closer</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>kameradan júdá uzaq: jaqınıraq keliń</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too dark: add light in front of the face</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>júdá qarańǵı: júzdiń aldına jaqtılıq túsiriń</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too bright: move out of direct light</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>júdá jaqtı: tuwrıdan-tuwrı túsken jaqtılıqtan shetke shıǵıń</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>blurred: hold still and look at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>anıq emes: qozǵalmay, kameraǵa qarań</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>turned away: look straight at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>júz burılǵan: kameraǵa tuwrı qarań</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>eyes closed: keep the eyes open</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>kóz jumılǵan: kózińizdi ashıq uslań</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>several faces: only the person to identify may face the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>bir neshe júz: kamera aldında tek tekseriletuǵın adam bolsın</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>the face is partly out of view: move to the centre</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>júzdiń bir bólegi kadrdan tıs: ortaǵa ótiń</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>camera {index}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>kamera {index}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>no camera with this number is connected</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>bul nomerli kamera jalǵanbaǵan</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>this user may not use it (ask IT to allow video)</source>
        <extracomment>Fills {reason} in “{source} failed: {reason}.”</extracomment>
        <translation>bul paydalanıwshıǵa ruqsat joq (IT qánigesinen videoǵa ruqsat beriwdi sorań)</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the video {file}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>video {file}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>bul terminal bul videonı oynata almaydı</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder {folder}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>papka {folder}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>bunday papka joq</translation>
    </message>
    <message>
        <location filename="../../biometrics/stream.py"/>
        <source>it failed unexpectedly ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>kútilmegen qáte ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>bul sanlar dizimi emes</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it has the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń pishini {shape}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>onda shekli san bolmaǵan máni bar</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they are not lists of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>bular sanlar dizimi emes</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they have the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>olardıń pishini {shape}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>olardıń birinde shekli san bolmaǵan máni bar</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is {size} bytes, not {expected}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>onıń kólemi {expected} emes, {size} bayt</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>{size} bytes is not a whole number of templates</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{size} bayt úlgilerdiń pútin sanı emes</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>reason code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>sebep kodı {code}</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>error code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>qáte kodı {code}</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it does not start as a bundle does</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ol paket sıyaqlı baslanbaydı</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it is cut short</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ol aqırına shekem jazılmaǵan</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its header is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>onıń baslamasın oqıwǵa bolmaydı</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>an unknown bundle format</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>belgisiz paket formatı</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>onıń mórlengen bólimin oqıwǵa bolmaydı</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is too large or incomplete</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>onıń mórlengen bólimi júdá úlken yamasa tolıq emes</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the client went away</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>klient baylanıstı úzdi</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip denesi buzılǵan</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip denesi kesilgen</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>differs from the entry the registry holds</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>reestrdegi jazıwdan parıq qıladı</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not follow the entry before it</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>aldıńǵı jazıwdıń dawamı emes</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not match its hash</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>óz xeshine sáykes kelmeydi</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>waqıt sarlawhası jıljıwı bar ISO 8601 waqtı emes</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>a terminal (it is a bundle from the registry)</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>terminal (bul reestrden kelgen paket)</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>its acts are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ondaǵı aktler protokol formasında emes</translation>
    </message>
    <message>
        <location filename="../../sync/server/db.py"/>
        <source>use sqlite:///PATH or postgresql://...</source>
        <extracomment>Fills {reason} in “The registry database {url} cannot be used: {reason}.”</extracomment>
        <translation>sqlite:///PATH yamasa postgresql://... paydalanıń</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>the public key is not a base64 Ed25519 key</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>ashıq gilt base64 túrindegi Ed25519 gilti emes</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>this public key is enrolled already; generate a new one</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>bul ashıq gilt burın dizimnen ótken; jańasın jaratıń</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>template</source>
        <extracomment>Fills {source} in “{source}: {reason}.”</extracomment>
        <translation>úlgi</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>the encoding is not 128 float32 values</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>kodlaw 128 float32 mánisinen ibarat emes</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>only .csv and .json files can be imported</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>tek .csv hám .json faylların importlawǵa boladı</translation>
    </message>
    <message>
        <location filename="../../sync/server/records.py"/>
        <source>it belongs to a citizen the registry does not hold</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>ol reestrde joq puqaraǵa tiyisli</translation>
    </message>
    <message>
        <location filename="../../sync/server/seed.py"/>
        <source>it is in the registry already</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>ol reestrde burınnan bar</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no dispense or meal of this terminal</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation type="vanished">ol bul terminaldaǵı hesh bir dári yamasa awqat beriwdi biykarlamaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a dispense or a meal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation type="vanished">dári yamasa awqat beriwdi biykarlaw</translation>
    </message>
</context>
<context>
    <name>AidReceiptPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over: the receipt</source>
        <translation>Tapsırıldı: chek</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Next person (Enter)</source>
        <translation>Keyingi alıwshı (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Chek {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Person: {name}, ID number {number}</source>
        <translation>Alıwshı: {name}, identifikaciya sanı {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Shaxstı anıqlaw usılı: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Serial number: {serial}</source>
        <translation>Seriyalıq nomer: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Decision: {number}</source>
        <translation>Sheshim: {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Mámleket tóledi: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the person: {money}</source>
        <translation>Alıwshı tóledi: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over by: {name}</source>
        <translation>Tapsırǵan: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>supervisor override</source>
        <translation>basshınıń tastıyıǵı</translation>
    </message>
</context>
<context>
    <name>AidsDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Today's hand-overs</source>
        <translation>Búgin tapsırılǵanlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Artqa (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Hand-overs: {count} · Cost to the state: {money}</source>
        <translation>Tapsırıldı: {count} márte · Mámleket esabınan: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Handed over twice: tell the supervisor</source>
        <translation>Eki márte tapsırılǵan: basshıǵa xabarlań</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Reversed</source>
        <translation>Biykarlanǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Time</source>
        <translation>Waqıt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Aid</source>
        <translation>Qural</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Serial number</source>
        <translation>Seriyalıq nomer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Cost to the state</source>
        <translation>Mámleket tóleydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Note</source>
        <translation>Eskertpe</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>The registry found an aid handed over here and at another office as well. Tell the supervisor.</source>
        <translation>Reestr bir quraldıń bul jerde de, basqa mekemede de tapsırılǵanın anıqladı. Basshıǵa xabarlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Nothing handed over here today yet.</source>
        <translation>Búgin bul jerde ele hesh nárse tapsırılmaǵan.</translation>
    </message>
</context>
<context>
    <name>AidsFaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Who is the person?</source>
        <translation>Alıwshı kim?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Today's hand-overs (F6)</source>
        <translation>Búgin tapsırılǵanlar (F6)</translation>
    </message>
</context>
<context>
    <name>AidsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Technical aids</source>
        <translation>Texnikalıq qurallar</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type an amount in {currency} in digits, for example 1500000 or 1500000.50.</source>
        <translation>Summanı sanlar menen kirgiziń ({currency}), mısalı 1500000 yamasa 1500000.50.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the amount.</source>
        <translation>Summanı kirgiziń.</translation>
    </message>
</context>
<context>
    <name>ApplicantStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The applicant</source>
        <translation>Arza beriwshi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The person who applies, as written in their identity document.</source>
        <translation>Arza beriwshi adam — jeke basın tastıyıqlaytuǵın hújjetinde jazılǵanday.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>Atı-jóni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Occupation (optional)</source>
        <translation>Kásibi (májbúriy emes)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in one of these bodies</source>
        <translation>Tómendegi uyımlardıń birinde xızmet etedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Address of the family</source>
        <translation>Shańaraqtıń mánzili</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Phone (optional)</source>
        <translation>Telefon (májbúriy emes)</translation>
    </message>
</context>
<context>
    <name>ApplicationRecordPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History</source>
        <translation>Tariyx</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History of the application</source>
        <translation>Arzanıń tariyxı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Artqa (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Print the slip for the family (Ctrl+P)</source>
        <translation>Shańaraqqa talon basıp shıǵarıw (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Paper for printing</source>
        <translation>Basıp shıǵarıw ushın qaǵaz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>A4 sheet</source>
        <translation>A4 paraq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>80 mm roll</source>
        <translation>80 mm rulon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>58 mm roll</source>
        <translation>58 mm rulon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Application {number}</source>
        <translation>№ {number} arza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Arza beriwshi: {name}, identifikaciya sanı {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Benefit: {benefit}</source>
        <translation>Járdem túri: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Family members: {count}</source>
        <translation>Shańaraq aǵzaları: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Submitted on {time} by {name}</source>
        <translation>Tapsırıldı: {time}, xızmetker: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>⚠ The applicant's face looks like {people}: the application went to the registry flagged.</source>
        <translation>⚠ Arza beriwshiniń júzi basqa adamǵa uqsaydı: {people}. Arza reestrge belgilenip jiberildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{time} · {what}</source>
        <translation>{time} · {what}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family may not receive these benefits.</source>
        <translation>Dáslepki baha: shańaraq bul járdemdi ala almaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears to be eligible.</source>
        <translation>Dáslepki baha: shańaraq járdem alıwǵa huqıqlı sıyaqlı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears not to be eligible.</source>
        <translation>Dáslepki baha: shańaraqtıń járdem alıwǵa huqıqı joq sıyaqlı.</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Application</source>
        <translation>Arza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Steps of the application</source>
        <translation>Arzanıń basqıshları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Saqlaw hám jabıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Artqa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Draft saved at {time}</source>
        <translation>Qaralama saqlandı: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Step {number} of {total}: {title}</source>
        <translation>{total} basqıshtan {number}-basqısh: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Next: {title}</source>
        <translation>&amp;Keyingisi: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The faces enrolled at this site are still loading: take the face template again.</source>
        <translation>Bul mekemede saqlanǵan júzler ele júklenbekte: júz úlgisin qaytadan alıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The draft of {name} is saved. Resume it from the list.</source>
        <translation>Qaralama ({name}) saqlandı. Onı dizimnen dawam ettiriwge boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Some answers need attention: see the messages under the fields.</source>
        <translation>Ayırım juwaplardı dúzetiw kerek: maydanlardıń astındaǵı xabarlardı kóriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{benefit} cannot be chosen for this family. {reason}. Choose another benefit.</source>
        <translation>Bul shańaraq ushın «{benefit}» tańlawǵa bolmaydı. {reason}. Basqa járdem túrin tańlań.</translation>
    </message>
</context>
<context>
    <name>ApplicationWords</name>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child-care allowance (a child under 2)</source>
        <translation>Bala 2 jasqa tolǵansha onı kútiw ushın napaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance for families with children under 14</source>
        <translation>14 jasqa shekem balaları bar shańaraqlarǵa napaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Material aid for low-income families</source>
        <translation>Kem támiyinlengen shańaraqlarǵa materiallıq járdem</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Spouse</source>
        <translation>Jubayı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child</source>
        <translation>Balası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Parent</source>
        <translation>Ákesi yamasa anası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Brother or sister</source>
        <translation>Aǵa-inisi yamasa apa-sińlisi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Grandchild</source>
        <translation>Aqlıǵı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other relative</source>
        <translation>Basqa tuwısqanı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Applicant</source>
        <translation>Arza beriwshi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Salary</source>
        <translation>Miynet haqı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Pension</source>
        <translation>Pensiya</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance</source>
        <translation>Napaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Business</source>
        <translation>Isbilermenlik</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Farming</source>
        <translation>Diqanshılıq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other income</source>
        <translation>Basqa dáramat</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Home</source>
        <translation>Turaq jay</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Land</source>
        <translation>Jer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Vehicle</source>
        <translation>Transport quralı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Livestock</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Bank deposit</source>
        <translation>Bank amanatı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other property</source>
        <translation>Basqa múlk</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>None of these bodies</source>
        <translation>Bul uyımlardıń hesh birinde emes</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Defence</source>
        <translation>Qorǵanıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Internal affairs</source>
        <translation>Ishki isler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Emergency situations</source>
        <translation>Ayrıqsha jaǵdaylar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>State security</source>
        <translation>Mámleketlik qáwipsizlik</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>National guard</source>
        <translation>Milliy gvardiya</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Customs</source>
        <translation>Bajıxana</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Waiting to be sent to the registry</source>
        <translation>Reestrge jiberiwdi kútip tur</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Set aside: the registry did not take it; ask a supervisor</source>
        <translation>Shetke qoyıldı: reestr onı qabıl etpedi; basshıǵa múrájat etiń</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>At the registry</source>
        <translation>Reestrde</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Not submitted</source>
        <translation>Tapsırılmaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>male</source>
        <translation>erkek</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>female</source>
        <translation>hayal</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications</source>
        <translation>Arzalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications for social support</source>
        <translation>Sociallıq járdem ushın arzalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>New application</source>
        <translation>Jańa arza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Sent applications</source>
        <translation>Jiberilgen arzalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Print the slip for the family</source>
        <translation>Shańaraqqa talon basıp shıǵarıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Open the application</source>
        <translation>Arzanı ashıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Drafts</source>
        <translation>Qaralamalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Waiting for the registry</source>
        <translation>Reestrge jiberiwdi kútip turǵanlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Submitted applications waiting for the registry</source>
        <translation>Reestrge jiberiwdi kútip turǵan tapsırılǵan arzalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>No drafts.</source>
        <translation>Qaralamalar joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Nothing waits: every submitted application has reached the registry.</source>
        <translation>Kútip turǵan arza joq: barlıq tapsırılǵan arzalar reestrge jetip bardı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Resume the draft</source>
        <translation>Qaralamanı dawam ettiriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard the draft</source>
        <translation>Qaralamanı óshiriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · saved {time}</source>
        <translation>{applicant} · {benefit} · saqlanǵan: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>(no name yet)</source>
        <translation>(atı ele kirgizilmegen)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>benefit not chosen</source>
        <translation>járdem túri tańlanbaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{number} · {applicant} · {benefit} · submitted {time} · {state}</source>
        <translation>{number} · {applicant} · {benefit} · tapsırılǵan: {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{application} · flagged for the registry's attention</source>
        <translation>{application} · reestrdiń dıqqatına belgilengen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard this draft? What was typed in it is deleted.</source>
        <translation>Bul qaralama óshirilsin be? Oǵan kirgizilgen barlıq nárse óshedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard</source>
        <translation>Óshiriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Keep it</source>
        <translation>Qaldırıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The draft is discarded.</source>
        <translation>Qaralama óshirildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. Its number is {number}: print the slip for the family. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation>Arza ({name}) tapsırıldı, onı endi ózgertiwge bolmaydı. Onıń nómeri — {number}: shańaraqqa talon basıp shıǵarıń. Arza gezekte turadı hám terminal tarmaqqa jalǵanǵanda reestrge jiberiledi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The applicant's face template is kept for Face-ID at this site.</source>
        <translation>Arza beriwshiniń júz úlgisi usı mekemede Face-ID ushın saqlandı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template was used for the check only and is deleted.</source>
        <translation>Júz úlgisi tek tekseriw ushın paydalanıldı hám óshirildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template is deleted: it was not kept for Face-ID.</source>
        <translation>Júz úlgisi óshirildi: ol Face-ID ushın saqlanbadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · submitted {time} · {state}</source>
        <translation type="vanished">{applicant} · {benefit} · tapsırılǵan: {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation type="vanished">Arza ({name}) tapsırıldı, onı endi ózgertiwge bolmaydı. Ol gezekte turadı hám terminal tarmaqqa jalǵanǵanda reestrge jiberiledi.</translation>
    </message>
</context>
<context>
    <name>AssetsStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Property</source>
        <translation>Múlk</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>What the family owns: home, land, vehicles, livestock, deposits, with their value.</source>
        <translation>Shańaraqtıń múlki: turaq jay, jer, transport, mal, amanatlar hám olardıń bahası.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Kind</source>
        <translation>Túri</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Description (optional)</source>
        <translation>Táriplemesi (májbúriy emes)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Value ({currency})</source>
        <translation>Bahası ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the property</source>
        <translation>Múlkti qosıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the property</source>
        <translation>Múlkti alıp taslaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No property added.</source>
        <translation>Múlk qosılmaǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{kind}: {description}</source>
        <translation>{kind}: {description}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>A value is typed but not added: press “Add the property”, or clear it.</source>
        <translation>Bahası kirgizilgen, biraq qosılmaǵan: «Múlkti qosıw» túymesin basıń yamasa onı óshiriń.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Audit trail</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Every sensitive act, newest first. Each entry is sealed to the one before it: the check finds any entry changed or removed behind this program's back.</source>
        <translation>Barlıq áhmiyetli háreketler, dáslep jańaları. Hár bir jazıw aldıńǵısı menen baylanǵan: tekseriw baǵdarlamanı aylanıp ótip ózgertilgen yamasa óshirilgen hár qanday jazıwdı tabadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Verify the chain</source>
        <translation>Shınjırdı tekseriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Refresh</source>
        <translation>Jańalaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Time</source>
        <translation>Waqıt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Action</source>
        <translation>Háreket</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Subject</source>
        <translation>Obekt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the audit trail…</source>
        <translation>Audit jurnalı tekserilmekte…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the log of acts…</source>
        <translation>Ámeller jurnalı tekserilmekte…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Intact: the audit trail ({entries} entries) and the log of acts ({acts} acts) are unbroken. Nothing was changed or removed.</source>
        <translation>Hámmesi ornında: audit jurnalı ({entries} jazıw) hám ámeller jurnalı ({acts} ámel) buzılmaǵan. Hesh nárse ózgertilmegen hám óshirilmegen.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The audit trail is broken at entry {seq}: {reason}.</source>
        <translation>Audit jurnalı {seq}-jazıwda buzılǵan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The log of acts is broken at act {seq}: {reason}.</source>
        <translation>Ámeller jurnalı {seq}-ámelde buzılǵan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Records were changed outside this program. Keep the terminal as it is and call IT and your manager now.</source>
        <translation>Jazıwlar baǵdarlamadan tısqarı ózgertilgen. Terminalǵa tiyispeń hám dárhal IT qánigesine hám basshıńızǵa xabar beriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The check was cancelled: nothing is known yet.</source>
        <translation>Tekseriw biykarlandı: nátiyje ele belgisiz.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed in</source>
        <translation>Kirdi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Sign-in refused</source>
        <translation>Kiriw qabıl etilmedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Locked after wrong PINs</source>
        <translation>Nadurıs PIN-kodlardan keyin bekitildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen locked (idle)</source>
        <translation>Ekran qulıplandı (háreketsizlik)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen unlocked</source>
        <translation>Ekran qulpı ashıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Supervisor override signed</source>
        <translation>Basshınıń tastıyıǵına qol qoyıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Identified by the ID number</source>
        <translation>Identifikaciya sanı boyınsha anıqlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed out</source>
        <translation>Shıqtı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>PIN set</source>
        <translation>PIN-kod ornatıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal served</source>
        <translation>Awqat berildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Medicines handed over</source>
        <translation>Dári berildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Application submitted</source>
        <translation>Arza tapsırıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Texnikalıq qural tapsırıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Report made</source>
        <translation>Esabat tayarlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts written to a USB stick</source>
        <translation>Aktler fleshkaǵa jazıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Registry's answer read from a USB stick</source>
        <translation>Reestrdiń juwabı fleshkadan alındı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template enrolled</source>
        <translation>Júz úlgisi saqlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template withdrawn</source>
        <translation>Júz úlgisi qaytarıp alındı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Applicant's face checked</source>
        <translation>Arza beriwshiniń júzi tekserildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Keliwde júz úlgisi alındı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template removed</source>
        <translation>Júz úlgisi óshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Act reversed</source>
        <translation>Jazba biykarlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts lost to a damaged store</source>
        <translation>Maǵlıwmatlar qoyması buzılıp, jazıwlar joǵaldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Setting changed</source>
        <translation>Sazlaw ózgertildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Data key changed</source>
        <translation>Maǵlıwmatlar gilti almastırıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Old records removed</source>
        <translation>Eski jazıwlar óshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Lock lifted by a supervisor</source>
        <translation>Basshı bekitiwden shıǵardı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal outside its hours, on a supervisor's word</source>
        <translation>Waqtınan tıs awqat, basshınıń tastıyıǵı menen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patients searched for</source>
        <translation>Nawqaslar izlendi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patient's history opened</source>
        <translation>Nawqastıń tariyxı ashıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>records past their keeping time</source>
        <translation>saqlaw múddeti ótken jazıwlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>student No. {key}</source>
        <translation>oqıwshı № {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>citizen No. {key}</source>
        <translation>puqara № {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>application {key}</source>
        <translation>arza {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>operator {key}</source>
        <translation>operator {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>school {key}</source>
        <translation>mektep {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Dispense or meal reversed</source>
        <translation type="vanished">Dári yamasa awqat beriw biykarlandı</translation>
    </message>
</context>
<context>
    <name>BenefitStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The benefit</source>
        <translation>Járdem túri</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Which support does the family ask for? Choose one.</source>
        <translation>Shańaraq qanday járdem sorap atır? Birin tańlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Not for this family. {reason}.</source>
        <translation>Bul shańaraqqa tuwrı kelmeydi. {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Choose the benefit the family asks for.</source>
        <translation>Shańaraq sorap atırǵan járdem túrin tańlań.</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Consent</source>
        <translation>Razılıq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Read this to the applicant, or let them read it.</source>
        <translation>Bunı arza beriwshige oqıp beriń yamasa ózi oqıp shıqsın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The data in this application (the family, incomes and property) is sent to the social protection registry, which checks it and decides on the benefit. The registry may compare it with what other state bodies already hold, so no certificates need to be brought. A face template is asked for separately, at the face step, with its own consent.</source>
        <translation>Usı arzadaǵı maǵlıwmatlar (shańaraq, dáramatlar hám múlk) sociallıq qorǵaw reestrine jiberiledi: reestr olardı tekseredi hám járdem boyınsha sheshim qabıl etedi. Reestr olardı basqa mámleketlik uyımlardaǵı maǵlıwmatlar menen salıstırıwı múmkin, sonlıqtan anıqlamalar alıp keliwdiń keregi joq. Júz úlgisi bólek, júz basqıshında, óz razılıǵı menen soraladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The applicant agrees to this</source>
        <translation>Arza beriwshi buǵan razı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Without the applicant's consent the application cannot be submitted. If they want to think about it, save the draft and close it.</source>
        <translation>Arza beriwshiniń razılıǵısız arzanı tapsırıwǵa bolmaydı. Eger ol oylanıp kórmekshi bolsa, qaralamanı saqlap, jabıń.</translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today, {date}</source>
        <translation>Búgin, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today</source>
        <translation>Búgin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>{session}: {meals} served</source>
        <translation>{session}: {meals} porciya berildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today: {meals}</source>
        <translation>Búgin berilgen awqatlar: {meals}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today in each class</source>
        <translation>Búgin hár bir klassta berilgen awqatlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
</context>
<context>
    <name>DispensingPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Next patient (Esc)</source>
        <translation>Keyingi nawqas (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Check and hand out (Enter)</source>
        <translation>Tekseriw hám beriw (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Jası {age} · identifikaciya sanı {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Shaxstı basshı tastıyıqladı ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Shaxs identifikaciya sanı boyınsha anıqlandı, júz tekserildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by Face-ID</source>
        <translation>Shaxs Face-ID arqalı anıqlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>This patient has no prescriptions.</source>
        <translation>Bul nawqasta receptler joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Prescription {number} from {prescriber}, valid until {date}</source>
        <translation>Recept {number} ({prescriber}), {date} shekem jaramlı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Quantity of {drug}</source>
        <translation>Muǵdarı: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One less of {drug}</source>
        <translation>Birge kemirek: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One more of {drug}</source>
        <translation>Birge kóbirek: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{dosage}; {remaining} of {prescribed} {unit} left; {stock} in stock</source>
        <translation>{dosage}; qaldı {remaining} / {prescribed} {unit}; qoymada {stock}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Expired on {date}: it cannot be dispensed.</source>
        <translation>Múddeti pitken ({date}): dári beriwge bolmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Valid only from {date}: it cannot be dispensed yet.</source>
        <translation>Tek {date} sánesinen baslap jaramlı: ázirshe dári beriwge bolmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cancelled by the doctor: it cannot be dispensed.</source>
        <translation>Shıpaker biykarlaǵan: dári beriwge bolmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Nothing left on this prescription</source>
        <translation>Bul recept boyınsha hesh nárse qalmadı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Out of stock</source>
        <translation>Qoymada joq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Low stock: {count} left</source>
        <translation>Qor az: {count} qaldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Mámleket esabınan: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Choose at least one medicine to hand out.</source>
        <translation>Beriw ushın keminde bir dárini tańlań.</translation>
    </message>
</context>
<context>
    <name>DispensingScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Medicines</source>
        <translation>Dáriler</translation>
    </message>
</context>
<context>
    <name>DrugWords</name>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>tablets</source>
        <translation>tabletkalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>capsules</source>
        <translation>kapsulalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>inhaler</source>
        <translation>ingalyator</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>pen</source>
        <comment>an insulin pen</comment>
        <translation>shpric-ruchka</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>syrup</source>
        <translation>sirop</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>drops</source>
        <translation>tamshılar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ointment</source>
        <translation>malham</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ampoules</source>
        <translation>ampulalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>tab</source>
        <comment>tablets, short: 30 tab</comment>
        <translation>tab.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>cap</source>
        <comment>capsules, short: 28 cap</comment>
        <translation>kaps.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>pcs</source>
        <comment>pieces, short: 2 pcs</comment>
        <translation>dana</translation>
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
        <translation>amp.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>as directed</source>
        <comment>a dosage: as the doctor said</comment>
        <translation>shıpakerdiń kórsetpesi boyınsha</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} a day</source>
        <comment>a dosage: 1 tab a day</comment>
        <translation>kúnine {count} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} {times} times a day</source>
        <comment>a dosage: 1 tab 2 times a day</comment>
        <translation>{count} {unit} kúnine {times} márte</translation>
    </message>
</context>
<context>
    <name>EnrollFaceDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a face</source>
        <translation>Júzdi saqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, {date} tuwılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Read this to the citizen. A face template is kept to identify them at the terminals: numbers that describe the face, never a picture. This is separate from the consent to share their data. They can withdraw it at any time, and the template is then deleted.</source>
        <translation>Bunı puqaraǵa oqıp beriń. Terminallarda onı tanıw ushın júz úlgisi saqlanadı: bul júzdi táripleytuǵın sanlar, hesh qashan súwret emes. Bul maǵlıwmatların beriwge razılıqtan bólek. Ol razılıǵın qálegen waqıtta qaytarıp ala aladı, sonda úlgi óshiriledi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees</source>
        <translation>Puqara razı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees to keep a face template</source>
        <translation>Puqara júz úlgisin saqlawǵa razı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Kamera súwreti: júzdi kadrǵa alıw ushın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ Júz úlgisi alındı. Súwret saqlanbadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Cancel</source>
        <translation>Biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll</source>
        <translation>Saqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera off</source>
        <translation>Kamera óshirilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template again</source>
        <translation>Júz úlgisin qaytadan alıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template</source>
        <translation>Júz úlgisin alıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No camera is set up on this terminal: a face cannot be enrolled here.</source>
        <translation>Bul terminalda kamera sazlanbaǵan: bul jerde júzdi saqlawǵa bolmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Tick the citizen's consent first: no face template is taken without it.</source>
        <translation>Dáslep puqaranıń razılıǵın belgileń: onsız júz úlgisi alınbaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Checking the face against everyone enrolled…</source>
        <translation>Júz barlıq saqlanǵan júzler menen salıstırılmaqta…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No face template yet.</source>
        <translation>Júz úlgisi ele joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>This face is already {name}'s. A further template is added to it when you enroll.</source>
        <translation>Bul júz burınnan saqlanǵan: {name}. Saqlaǵanıńızda oǵan qosımsha úlgi qosıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No one else enrolled has this face.</source>
        <translation>Saqlanǵan basqa hesh kimde bunday júz joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Look at the camera</source>
        <translation>Kameraǵa qarań</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Good, hold still</source>
        <translation>Jaqsı, qıymıllamań</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>Jaqsı súwretler: {count}/{needed}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No good picture in time. Add light in front of the face, ask the citizen to look at the camera and try again.</source>
        <translation>Belgilengen waqıtta jaqsı súwret alınbadı. Júzdiń aldına jaqtılıq qosıń, puqaradan kameraǵa qarawın sorap, qaytadan urınıp kóriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The enrolled faces are still being read. Take the template again in a moment.</source>
        <translation>Saqlanǵan júzler ele oqılmaqta. Birazdan soń úlgini qaytadan alıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a look-alike face</source>
        <translation>Uqsas júzdi saqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>• {name}, born {date}</source>
        <translation>• {name}, {date} tuwılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>⚠ Warning: this face would pass for someone already enrolled:</source>
        <translation>⚠ Dıqqat: bul júz burın saqlanǵan basqa adamnıń júzi bolıp tanılıwı múmkin:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Confirm only once you are sure they are different people (twins, for example).</source>
        <translation>Tek olardıń hár qıylı adamlar ekenine isengende tastıyıqlań (mısalı, egizler).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>A supervisor must decide. Enroll asks for a supervisor's PIN and the reason.</source>
        <translation>Sheshimdi basshı qabıl etiwi kerek. «Saqlaw» basshınıń PIN-kodın hám sebebin soraydı.</translation>
    </message>
</context>
<context>
    <name>EntitlementsPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Technical aids of this person</source>
        <translation>Alıwshınıń texnikalıq quralları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number:</source>
        <translation>Seriyalıq nomer:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number</source>
        <translation>Seriyalıq nomer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Type or scan</source>
        <translation>Kirgiziń yamasa skanerleń</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Next person (Esc)</source>
        <translation>Keyingi alıwshı (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Hand over (Enter)</source>
        <translation>Tapsırıw (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Jası {age} · identifikaciya sanı {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Shaxstı basshı tastıyıqladı ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Shaxs identifikaciya sanı boyınsha anıqlandı, júz tekserildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by Face-ID</source>
        <translation>Shaxs Face-ID arqalı anıqlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>This person has no technical aids to receive.</source>
        <translation>Bul alıwshıǵa beriletuǵın texnikalıq qurallar joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>None of this person's technical aids can be handed over today.</source>
        <translation>Búgin bul alıwshınıń hesh bir texnikalıq quralın tapsırıwǵa bolmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cost to the state: {money} · Decision {number} · Valid until {date}</source>
        <translation>Mámleket esabınan: {money} · Sheshim {number} · {date} shekem ámel etedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cannot be handed over: {reason}</source>
        <translation>Tapsırıwǵa bolmaydı: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Choose the aid to hand over.</source>
        <translation>Tapsırılatuǵın quraldı tańlań.</translation>
    </message>
</context>
<context>
    <name>FaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Who is the patient?</source>
        <translation>Nawqas kim?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Camera picture</source>
        <translation>Kamera súwreti</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Taking the picture</source>
        <translation>Súwret alınbaqta</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number (F2)</source>
        <translation>Identifikaciya sanın kirgiziw (F2)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Supervisor override (F3)</source>
        <translation>Basshınıń tastıyıǵı (F3)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Start again (F4)</source>
        <translation>Qaytadan baslaw (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Find a patient (F5)</source>
        <translation>Nawqastı izlew (F5)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Today's hand-outs and stock (F6)</source>
        <translation>Búgin berilgenler hám qor (F6)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Elderly mode (F7)</source>
        <translation>Jası úlkenler rejimi (F7)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Large text, and each instruction spoken aloud</source>
        <translation>Úlken tekst, hár bir kórsetpe dawıslap aytıladı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This camera is a recording (demo). A recording cannot follow a request, so a head turn to either side is accepted: that shows a real head, not a photo, but not that the person is here now.</source>
        <translation>Bul kamera — videojazba (demo). Jazba ótinishti orınlay almaydı, sonlıqtan bastı qálegen tárepke burıw qabıl etiledi: bul súwret emes, haqıyqıy bas ekenin kórsetedi, biraq adamnıń házir usı jerde ekenin kórsetpeydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This face is not recognised. Type the ID number (F2) or ask a supervisor (F3).</source>
        <translation>Bul júz tanılmadı. Identifikaciya sanın kirgiziń (F2) yamasa basshıǵa múrájat etiń (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 2 of 2: show that you are here</source>
        <translation>Basqısh 2/2: usı jerde ekenińizdi kórsetiń</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 1 of 2: look at the camera</source>
        <translation>Basqısh 1/2: kameraǵa qarań</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Face-ID is getting ready…</source>
        <translation>Face-ID tayarlanbaqta…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number, then press Enter.</source>
        <translation>Identifikaciya sanın kirgizip, Enter túymesin basıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please look at the camera.</source>
        <translation>Ótinemiz, kameraǵa qarań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please turn your head slowly to one side.</source>
        <translation>Ótinemiz, basıńızdı áste bir tárepke burıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Hold still, please.</source>
        <translation>Ótinemiz, qıymıllamań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The face does not match the ID number {number}. Check the number, or ask a supervisor (F3).</source>
        <translation>Júz {number} identifikaciya sanına sáykes kelmeydi. Sandı tekseriń yamasa basshıǵa múrájat etiń (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No face is enrolled for the ID number {number}, so it cannot be checked. Ask a supervisor (F3).</source>
        <translation>{number} identifikaciya sanı ushın júz saqlanbaǵan, sonlıqtan onı tekseriwge bolmaydı. Basshıǵa múrájat etiń (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The check for a live person failed: {reason}. Press F4 to try again.</source>
        <translation>Tiri adam tekseriwinen ótpedi: {reason}. Qaytadan urınıw ushın F4 túymesin basıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The recording has ended. Press F4 to play it again.</source>
        <translation>Jazba pitti. Onı qayta kórsetiw ushın F4 túymesin basıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>{problem} Trying again in {seconds} s.</source>
        <translation>{problem} {seconds} sekundtan keyin qayta urınıp kóriledi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No picture from the camera</source>
        <translation>Kameradan súwret joq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is working again.</source>
        <translation>Kamera qayta islep tur.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is paused.</source>
        <translation>Kamera waqıtsha toqtatıldı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Checking the face against the ID number {number}.</source>
        <translation>Júz {number} identifikaciya sanı menen salıstırılmaqta.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Please fill this in.</source>
        <translation>Bul maydandı toltırıń.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug}: pack {serial} scanned.</source>
        <translation>{drug}: {serial} qaptaması skanerlendi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Scan the packs of every medicine first.</source>
        <translation>Aldın hár bir dáriniń qaptamaların skanerleń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>No pack code was seen. Try again, closer and in good light, or use the scanner.</source>
        <translation>Qaptama kodı kórinbedi. Jaqınıraq hám jaqsı jaqtılıqta qayta urınıp kóriń yamasa skanerden paydalanıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out these medicines?</source>
        <translation>Bul dáriler berilsin be?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>To {name}</source>
        <translation>Kimge: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Back (Esc)</source>
        <translation>Artqa (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out (Enter)</source>
        <translation>Beriw (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Mámleket esabınan: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Medicine</source>
        <translation>Dári</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Quantity</source>
        <translation>Muǵdarı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Dosage</source>
        <translation>Dozası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state</source>
        <translation>Mámleket tóleydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Packs scanned</source>
        <translation>Skanerlengen qaptamalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>none yet</source>
        <translation>ázirshe joq</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Who is the person?</source>
        <translation>Alıwshı kim?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Ask the person to look at the camera and to do what the screen says, for example to turn the head. The person's technical aids open by themselves.</source>
        <translation>Alıwshıdan kameraǵa qarawın hám ekranda jazılǵandı orınlawın sorań, mısalı, basın burıwın. Alıwshınıń texnikalıq quralları ózi ashıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F2: type the ID number from the person's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: alıwshınıń hújjetindegi identifikaciya sanın kirgiziń; júz onıń menen salıstırıladı. F3: júzdi tekseriwge bolmasa, basshınıń tastıyıǵı. F4: qaytadan baslaw.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F6: today's hand-overs at this terminal.</source>
        <translation>F6: búgin usı terminalda tapsırılǵanlar.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Handing over a technical aid</source>
        <translation>Texnikalıq quraldı tapsırıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The list shows the person's technical aids. Grey ones cannot be handed over today: the line says why.</source>
        <translation>Dizimde alıwshınıń texnikalıq quralları. Sur reńli qurallardı búgin tapsırıwǵa bolmaydı: sebebi qatarda jazılǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Choose the aid with the arrow keys, then type or scan the serial number on its label.</source>
        <translation>Quraldı strelka túymeleri menen tańlań, keyin belgisindegi seriyalıq nomerdi kirgiziń yamasa skanerleń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Enter hands it over and records it; the receipt follows. Esc: the next person, nothing recorded.</source>
        <translation>Enter quraldı tapsıradı hám jazıp qoyadı; keyin chek shıǵadı. Esc: keyingi alıwshı, hesh nárse jazılmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Today's hand-overs</source>
        <translation>Búgin tapsırılǵanlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The technical aids handed over at this terminal today, the newest first.</source>
        <translation>Búgin usı terminalda tapsırılǵan texnikalıq qurallar, eń jańası birinshi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line in red was handed over at another office as well: tell the supervisor.</source>
        <translation>Qızıl qatardaǵı qural basqa mekemede de tapsırılǵan: basshıǵa xabarlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line struck through was reversed by a supervisor: it no longer counts.</source>
        <translation>Ústinen sızılǵan qatardı basshı biykarlaǵan: ol esapqa alınbaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to Face-ID.</source>
        <translation>Esc — Face-ID ekranına qaytıw.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Signing in</source>
        <translation>Sistemaǵa kiriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose your name in the list: tap it, or use the arrow keys.</source>
        <translation>Dizimnen atıńızdı tańlań: ústine basıń yamasa strelka túymelerin paydalanıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter. The PIN is never shown.</source>
        <translation>PIN-kodıńızdı kirgizip, Enter túymesin basıń. PIN-kod hesh qashan kórsetilmeydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>After several wrong PINs in a row your name is locked for some minutes. A supervisor can set a new PIN for you.</source>
        <translation>PIN-kod bir neshe márte qatarınan nadurıs kirgizilse, atıńız bir neshe minutqa bekitiledi. Basshı sizge jańa PIN-kod ornata aladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal is locked</source>
        <translation>Terminal qulıplanǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal locked itself after some minutes without use, so that nobody passing by sees a patient's details.</source>
        <translation>Bir neshe minut paydalanılmaǵanı ushın terminal ózi qulıplandı: solay etip janınan ótken hesh kim nawqastıń maǵlıwmatların kórmeydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter to go on where you were.</source>
        <translation>Toqtaǵan jerińizden dawam etiw ushın PIN-kodıńızdı kirgizip, Enter túymesin basıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Someone else may choose their own name and sign in instead: the first operator is then signed out.</source>
        <translation>Onıń ornına basqa xızmetker óz atın tańlap, sistemaǵa kiriwi múmkin: sonda birinshi operator sistemadan shıǵadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Who is the patient?</source>
        <translation>Nawqas kim?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask the patient to look at the camera and to do what the screen says, for example to turn the head. The patient's prescriptions open by themselves.</source>
        <translation>Nawqastan kameraǵa qarawın hám ekranda jazılǵandı orınlawın sorań, mısalı, basın burıwın. Nawqastıń receptleri ózi ashıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F2: type the ID number from the patient's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: nawqastıń hújjetindegi identifikaciya sanın kirgiziń; júz onıń menen salıstırıladı. F3: júzdi tekseriwge bolmasa, basshınıń tastıyıǵı. F4: qaytadan baslaw.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F5: find a patient by name, birth date or ID number. F6: today's hand-outs and the stock.</source>
        <translation>F5: nawqastı atı-jóni, tuwılǵan sánesi yamasa identifikaciya sanı boyınsha izlew. F6: búgin berilgenler hám qor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Handing out medicines</source>
        <translation>Dári beriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Each prescription shows the quantity to hand out for one period: never more than is left on the prescription or in stock.</source>
        <translation>Hár bir receptte bir dáwir ushın beriletuǵın muǵdar kórsetiledi: ol hesh qashan receptte yamasa qoymada qalǵannan kóp bolmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Change a quantity with − and + or with the arrow keys; 0 hands out none of it.</source>
        <translation>Muǵdardı − hám + yamasa strelka túymeleri menen ózgertiń; 0 — bul dári berilmeydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter shows a summary first: check it with the patient, then Enter hands out and records it, Esc goes back. Esc here: the next patient, nothing recorded.</source>
        <translation>Enter dáslep juwmaqtı kórsetedi: onı nawqas penen birge tekseriń, keyin Enter dárini beredi hám jazıp qoyadı, Esc artqa qaytaradı. Bul jerde Esc: keyingi nawqas, hesh nárse jazılmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Before the hand-out</source>
        <translation>Beriwden aldın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Check the medicines and the quantities with the patient.</source>
        <translation>Dáriler menen muǵdarlardı nawqas penen birge tekseriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter hands them out and records it; the receipt follows.</source>
        <translation>Enter dárilerdi beredi hám jazıp qoyadı; keyin chek shıǵadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to the quantities: nothing is recorded.</source>
        <translation>Esc muǵdarlarǵa qaytaradı: hesh nárse jazılmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The receipt</source>
        <translation>Chek</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The hand-out is recorded.</source>
        <translation>Dári beriw jazıldı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the paper, then Ctrl+P prints the receipt. Ctrl+S saves it as a PDF file.</source>
        <translation>Qaǵazdı tańlań, keyin Ctrl+P chekti basıp shıǵaradı. Ctrl+S onı PDF fayl etip saqlaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter or Esc: the next patient.</source>
        <translation>Enter yamasa Esc: keyingi nawqas.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Find a patient</source>
        <translation>Nawqastı izlew</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then press Enter.</source>
        <translation>Atı-jónin (latın yamasa kirill háriplerinde), tuwılǵan sánesin (KK.AA.JJJJ) yamasa identifikaciya sanın kirgizip, Enter túymesin basıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the patient with the arrow keys and press Enter to open their history.</source>
        <translation>Nawqastı strelka túymeleri menen tańlap, onıń tariyxın ashıw ushın Enter túymesin basıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Finding a patient does not identify them: the face is checked before anything is handed out. Esc goes back.</source>
        <translation>Nawqastı tabıw onıń shaxsın anıqlaw degeni emes: bir nárse beriwden aldın júzi tekseriledi. Esc — artqa.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The patient's history</source>
        <translation>Nawqastıń tariyxı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The prescribed medicines, what is left of them, and what was handed out here.</source>
        <translation>Jazıp berilgen dáriler, olardan qansha qalǵanı hám usı jerde ne berilgeni.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter checks the patient's face, then the medicines can be handed out. Ctrl+R prints the last receipt again. Esc goes back to the list.</source>
        <translation>Enter nawqastıń júzin tekseredi, keyin dárilerdi beriwge boladı. Ctrl+R sońǵı chekti qayta basıp shıǵaradı. Esc dizimge qaytaradı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enroll face takes the patient's face template, with their consent, so that Face-ID knows them at the next visit.</source>
        <translation>«Júzdi saqlaw» nawqastıń razılıǵı menen onıń júz úlgisin aladı, sonda Face-ID onı keyingi keliwinde tanıydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enrolling a face</source>
        <translation>Júzdi saqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Read the consent to the citizen. Tick it only if they agree: without it no face template can be taken. Only numbers that describe the face are kept, never a picture.</source>
        <translation>Razılıqtı puqaraǵa oqıp beriń. Tek ol razı bolsa belgileń: onsız júz úlgisin alıwǵa bolmaydı. Tek júzdi táripleytuǵın sanlar saqlanadı, hesh qashan súwret emes.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask them to look at the camera in good light until five good pictures are counted.</source>
        <translation>Bes jaqsı súwret sanalǵansha, jaqsı jaqtılıqta kameraǵa qarawın sorań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>If the face looks like someone already enrolled, their name is shown and only a supervisor can let it be enrolled, with their PIN and a reason. Esc cancels: nothing is kept.</source>
        <translation>Júz burın saqlanǵan birewge uqsasa, onıń atı kórsetiledi hám tek basshı óz PIN-kodı hám sebep penen onı saqlawǵa ruqsat bere aladı. Esc biykarlaydı: hesh nárse saqlanbaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs and stock</source>
        <translation>Búgin berilgenler hám qor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs at this terminal and what they cost the state, then the stock of each medicine: the ones running low first, marked.</source>
        <translation>Búgin usı terminalda berilgenler hám olardıń mámleketke qanshaǵa túskeni, keyin hár bir dáriniń qorı: tawsılıp baratırǵanları belgilenip, birinshi kórsetiledi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Supervisor override</source>
        <translation>Basshınıń tastıyıǵı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>When Face-ID cannot identify the citizen, a supervisor can vouch for them. Type the citizen's ID number from their document.</source>
        <translation>Face-ID puqaranı anıqlay almasa, basshı onıń shaxsın tastıyıqlay aladı. Puqaranıń hújjetindegi identifikaciya sanın kirgiziń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason. It is recorded with the act it allows.</source>
        <translation>Basshı óz atın tańlaydı, óz PIN-kodın kirgizedi hám sebebin jazadı. Bul tastıyıq ol ruqsat bergen jazba menen birge jazıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc cancels: nothing is recorded.</source>
        <translation>Esc biykarlaydı: hesh nárse jazılmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A supervisor's word</source>
        <translation>Basshınıń tastıyıǵı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>This act is out of the ordinary, for example a meal outside its hours or an act to reverse. It is recorded only on a supervisor's word.</source>
        <translation>Bul ádetten tıs jazba, mısalı, waqtınan tıs awqat yamasa jazbanı biykarlaw. Ol tek basshınıń tastıyıǵı menen jazıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason.</source>
        <translation>Basshı óz atın tańlaydı, óz PIN-kodın kirgizedi hám sebebin jazadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>School meals</source>
        <translation>Mektep awqatı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the meal and the class. Then tap each child as they are served, or move with the arrow keys and press Enter.</source>
        <translation>Awqatlanıw waqtın hám klasstı tańlań. Keyin hár bir balaǵa awqat berilgende onıń kartochkasına basıń yamasa strelka túymeleri menen ótip, Enter túymesin basıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A served child's tile shows the time; a child is served once a meal. A dashed tile: not eligible for free meals.</source>
        <translation>Awqat alǵan balanıń kartochkasında waqıt kórsetiledi; balaǵa hár awqatlanıwda bir ret beriledi. Punktir shegaralı kartochka: tegin awqatlanıwǵa huqıqı joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Outside the meal's hours a meal is recorded only on a supervisor's word: their name, their PIN and the reason.</source>
        <translation>Awqatlanıw waqtınan tıs awqat tek basshınıń tastıyıǵı menen jazıladı: onıń atı, PIN-kodı hám sebebi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice: the documents for the meals served in a period.</source>
        <translation>Dalalatnama hám esap-faktura: dáwir ishinde berilgen awqatlar ushın hújjetler.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice</source>
        <translation>Xızmet kórsetiw dalalatnaması hám esap-faktura</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the school, the first day and the last day, then make the documents: a PDF to print and sign, and a CSV file for spreadsheets.</source>
        <translation>Mektepti, birinshi hám aqırǵı kúndi tańlap, hújjetlerdi tayarlań: PDF — basıp shıǵarıw hám qol qoyıw ushın, CSV fayl — kesteler ushın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Only the meals actually served are counted.</source>
        <translation>Tek haqıyqatında berilgen awqatlar esapqa alınadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Applications for social support</source>
        <translation>Sociallıq járdem ushın arzalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>New application opens the form. A draft is saved at every step: resume it or discard it here.</source>
        <translation>«Jańa arza» formanı ashadı. Hár bir basqıshta qaralama saqlanadı: onı usı jerde dawam ettiriń yamasa óshiriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Submitted applications wait here until they reach the registry; they are sent whenever the terminal is online.</source>
        <translation>Tapsırılǵan arzalar reestrge jetip barǵansha usı jerde kútedi; terminal tarmaqqa jalǵanǵanda olar jiberiledi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sent application has a number and a status. Open one to see its history and to print the slip for the family.</source>
        <translation>Hár bir jiberilgen arzanıń nómeri hám jaǵdayı bar. Onıń tariyxın kóriw hám shańaraqqa talon basıp shıǵarıw ushın arzanı ashıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The application form</source>
        <translation>Arza forması</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Fill in one step at a time. Next checks the step and saves the draft; Back goes to the step before. The list on the left shows every step.</source>
        <translation>Basqıshlardı birme-bir toltırıń. «Keyingisi» basqıshtı tekseredi hám qaralamanı saqlaydı; «Artqa» aldıńǵı basqıshqa qaytaradı. Sheptegi dizimde barlıq basqıshlar kórsetilgen.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Save and close keeps the draft, to finish it later from the list of drafts.</source>
        <translation>«Saqlaw hám jabıw» qaralamanı saqlap qoyadı: onı keyinirek qaralamalar diziminen pitkeriwge boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The last step shows the assessment. Submit puts the application in the queue for the registry; it cannot be changed after that.</source>
        <translation>Aqırǵı basqıshta baha kórsetiledi. «Arzanı tapsırıw» arzanı reestrge jiberiw gezegine qoyadı; sonnan keyin onı ózgertiwge bolmaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The face step needs the applicant's own consent to a face template. If the face looks like someone already enrolled, the application is marked for the registry to check.</source>
        <translation>Júz basqıshında arza beriwshiniń júz úlgisine óz razılıǵı kerek. Júz burın saqlanǵan birewge uqsasa, arza reestr tekseriwi ushın belgilenedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs: type it twice.</source>
        <translation>Jańa PIN-kod ornatıw ushın operatordı tańlań, mısalı, ol óz kodın umıtıp qalsa: onı eki ret kirgiziń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Unlock lets an operator locked after wrong PINs sign in again.</source>
        <translation>«Bekitiwden shıǵarıw» nadurıs PIN-kodlardan keyin bekitilgen operatorǵa qayta kiriwge múmkinshilik beredi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Overrides</source>
        <translation>Basshı tastıyıqları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Medicines handed over on a supervisor's word when Face-ID could not match, newest first: who handed them over, who approved, and why.</source>
        <translation>Face-ID anıqlay almaǵanda basshınıń tastıyıǵı menen berilgen dáriler, dáslep jańaları: kim bergen, kim tastıyıqlaǵan hám ne sebepten.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Audit trail</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sensitive act at this terminal, newest first.</source>
        <translation>Usı terminaldaǵı barlıq áhmiyetli háreketler, dáslep jańaları.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Verify the chain checks that no entry was changed or removed behind the program's back.</source>
        <translation>«Shınjırdı tekseriw» hesh bir jazıw baǵdarlamanı aylanıp ótip ózgertilmegenin yamasa óshirilmegenin tekseredi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Sync problems</source>
        <translation>Sinxronlaw máseleleri</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Acts the registry did not take, and news from the registry this terminal could not apply.</source>
        <translation>Reestr qabıl etpegen jazbalar hám bul terminal qollanalmaǵan reestr maǵlıwmatları.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Nothing is lost: every act stays on this terminal. Give the act's number to the registry's help desk.</source>
        <translation>Hesh nárse joǵalmaydı: hár bir jazba usı terminalda qaladı. Jazba nómerin reestrdiń járdem xızmetine aytıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's acts</source>
        <translation>Búgingi jazbalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hand-outs, meals and aids recorded at this terminal today, newest first.</source>
        <translation>Búgin usı terminalda jazılǵan dári hám awqat beriwler, qural tapsırıwlar, dáslep jańaları.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose a mistaken one and reverse it, on a supervisor's word with the reason. Medicines go back on the prescription and in stock; a meal no longer counts; an aid's entitlement can be handed over again.</source>
        <translation>Qátesin tańlap, basshınıń tastıyıǵı hám sebebi menen biykarlań. Dáriler receptke hám qoymaǵa qaytarıladı; awqat esapqa alınbaydı; quraldı sol huqıq boyınsha qayta tapsırıwǵa boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The bar at the bottom</source>
        <translation>Tómengi panel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Online or offline: offline, work goes on and the acts wait in the queue until the registry can be reached.</source>
        <translation>Tarmaqta yamasa tarmaq joq: tarmaq bolmasa da jumıs dawam etedi, jazıwlar reestr menen baylanıs tiklengenshe gezekte kútedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Queue: acts not sent yet. Set aside: acts the registry did not take; a supervisor sees them under Sync problems. Sync now (F9) sends at once.</source>
        <translation>Gezek: ele jiberilmegen jazıwlar. Shetke qoyılǵan: reestr qabıl etpegen jazıwlar; basshı olardı «Sinxronlaw máseleleri» bóliminde kóredi. «Sinxronlaw» (F9) dárhal jiberedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hamyon Terminal</source>
        <translation>Hamyon Terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Press F1 on any screen for help about it.</source>
        <translation>Qálegen ekranda F1 túymesin basıń: sol ekran haqqında járdem shıǵadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>On every screen</source>
        <translation>Barlıq ekranlarda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A+ at the top makes the text larger, for you or for a patient who reads along (Ctrl+Plus); press it again for the usual size (Ctrl+Minus).</source>
        <translation>Joqarıdaǵı A+ tekstti úlkeytedi — siz ushın yamasa ekrandı birge oqıp atırǵan nawqas ushın (Ctrl+Plus); ádettegi ólshemge qaytıw ushın onı qayta basıń (Ctrl+Minus).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Help</source>
        <translation>Járdem</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close (Enter)</source>
        <translation>Jabıw (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close the help</source>
        <translation>Járdemdi jabıw</translation>
    </message>
</context>
<context>
    <name>IdNumberEntry</name>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{kind} from the citizen's document</source>
        <translation>{kind} — puqaranıń hújjetinen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>Check the face</source>
        <translation>Júzdi tekseriw</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>{count} of {length} digits</source>
        <translation>{count} / {length} san</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>✓ Born on {date}, {sex}. Compare with the document.</source>
        <translation>✓ Tuwılǵan kúni {date}, {sex}. Hújjet penen salıstırıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the {kind}.</source>
        <translation>«{kind}» maydanın toltırıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{typed} of {count} digits</source>
        <translation>{typed} / {count} san</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>The number is valid.</source>
        <translation>San durıs.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{count} digits</source>
        <translation>{count} san</translation>
    </message>
</context>
<context>
    <name>IncomesStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Incomes</source>
        <translation>Dáramatlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Every regular income of the family, per month, before tax. If nobody earns anything, go on.</source>
        <translation>Shańaraqtıń barlıq turaqlı dáramatları — ayına, salıqlar ushırılmastan burın. Hesh kim dáramat almasa, dawam etiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Whose income</source>
        <translation>Kimniń dáramatı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Source</source>
        <translation>Deregi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Amount a month ({currency})</source>
        <translation>Aylıq summa ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the income</source>
        <translation>Dáramattı qosıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the income</source>
        <translation>Dáramattı alıp taslaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No income added.</source>
        <translation>Dáramat qosılmaǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{source}: {amount} a month</source>
        <translation>{source}: ayına {amount}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>An amount is typed but not added: press “Add the income”, or clear it.</source>
        <translation>Summa kirgizilgen, biraq qosılmaǵan: «Dáramattı qosıw» túymesin basıń yamasa onı óshiriń.</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Cancel</source>
        <translation>Biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Progress</source>
        <translation>Orınlanıwı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Stopping after the current step…</source>
        <translation>Házirgi qádemnen keyin toqtatıladı…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>This terminal is locked</source>
        <translation>Terminal qulıplanǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>{name}: type your PIN to go on. Someone else may choose their own name and sign in instead.</source>
        <translation>{name}: dawam etiw ushın PIN-kodıńızdı kirgiziń. Basqa xızmetker óz atın tańlap, sistemaǵa kiriwi múmkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Unlock</source>
        <translation>Qulıptı ashıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Sign in and sign {name} out</source>
        <translation>Kiriw ({name} sistemadan shıǵadı)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Choose your name first.</source>
        <translation>Dáslep atıńızdı tańlań.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>This language is not available; English is shown.</source>
        <translation>Bul til joq; inglis tili kórsetilmekte.</translation>
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
        <translation>Xızmet kórsetiw dalalatnaması hám esap-faktura</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Close</source>
        <translation>Jabıw</translation>
    </message>
</context>
<context>
    <name>MealReportPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act and invoice</source>
        <translation>Xızmet kórsetiw dalalatnaması hám esap-faktura</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Funding follows the meals actually served. Choose the period, then make the documents: PDF to print and sign, CSV for spreadsheets.</source>
        <translation>Qarjı haqıyqatında berilgen awqatlar ushın bólinedi. Dáwirdi tańlap, hújjetlerdi tayarlań: PDF — basıp shıǵarıw hám qol qoyıw ushın, CSV — kesteler ushın.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School</source>
        <translation>Mektep</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day</source>
        <translation>Birinshi kún</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day</source>
        <translation>Aqırǵı kún</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Make the act and invoice</source>
        <translation>Dalalatnama hám esap-fakturanı tayarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Open the folder</source>
        <translation>Papkanı ashıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day of the period</source>
        <translation>Dáwirdiń birinshi kúni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day of the period</source>
        <translation>Dáwirdiń aqırǵı kúni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>No school is set up at this site.</source>
        <translation>Bul mekemede mektep sazlanbaǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The first day is after the last day: change one of them.</source>
        <translation>Birinshi kún aqırǵı kúnnen keyin: olardıń birin ózgertiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Counting the meals served…</source>
        <translation>Berilgen awqatlar sanalmaqta…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Writing the act and the invoice…</source>
        <translation>Dalalatnama hám esap-faktura jazılmaqta…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Invoice for free school meals</source>
        <translation>Tegin mektep awqatı ushın esap-faktura</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act: free school meals served</source>
        <translation>Xızmet kórsetiw dalalatnaması: berilgen tegin mektep awqatı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Facility</source>
        <translation>Mekeme</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Period</source>
        <translation>Dáwir</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>{start} to {end}</source>
        <translation>{start} — {end}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Date</source>
        <translation>Sáne</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meal</source>
        <translation>Awqatlanıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served</source>
        <translation>Berilgen awqatlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Price</source>
        <translation>Bahası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Total due</source>
        <translation>Jámi tólenedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served in the period</source>
        <translation>Dáwirde berilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School director: ____________________</source>
        <translation>Mektep direktorı: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Canteen provider: ____________________</source>
        <translation>Awqat jetkizip beriwshi: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The service act and the invoice for {start} to {end} are ready: {meals} meals served, {amount} to pay. The PDF and CSV files are in the folder {folder}.</source>
        <translation>{start} — {end} dáwiri ushın dalalatnama hám esap-faktura tayar: {meals} porciya berilgen, tólew — {amount}. PDF hám CSV fayllar {folder} papkasında.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Cancelled: no documents were made.</source>
        <translation>Biykarlandı: hújjetler tayarlanbadı.</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School meals</source>
        <translation>Mektep awqatı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Meal</source>
        <translation>Awqatlanıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School</source>
        <translation>Mektep</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Students of the class</source>
        <translation>Klass oqıwshıları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Service act and invoice…</source>
        <translation>Dalalatnama hám esap-faktura…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>No school is set up at this site.</source>
        <translation>Bul mekemede mektep sazlanbaǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Choose the meal and the class.</source>
        <translation>Awqatlanıw waqtın hám klasstı tańlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class {name}, {session}: {served} of {eligible} served</source>
        <translation>{name} klass, {session}: {eligible} oqıwshıdan {served} awqatlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>A meal outside its hours</source>
        <translation>Waqtınan tıs awqat</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Not recorded: the meal is outside its hours and no supervisor confirmed it.</source>
        <translation>Jazılmadı: awqat waqtınan tıs hám basshı onı tastıyıqlamadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Served: {student}, {session} at {time}.</source>
        <translation>Berildi: {student}, {session}, saat {time}.</translation>
    </message>
</context>
<context>
    <name>MembersStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The family</source>
        <translation>Shańaraq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Everyone who lives with the applicant and shares the household. Add them one by one.</source>
        <translation>Arza beriwshi menen birge jasaytuǵın hám ulıwma xojalıq júrgizetuǵın barlıq adamlar. Olardı bir-birlep qosıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>Atı-jóni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Relation</source>
        <translation>Tuwısqanlıǵı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in</source>
        <translation>Xızmet ornı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Add to the family</source>
        <translation>Shańaraqqa qosıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Remove from the family</source>
        <translation>Shańaraqtan alıp taslaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Nobody added yet: the applicant lives alone?</source>
        <translation>Ele hesh kim qosılmaǵan: arza beriwshi jalǵız jasay ma?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Family members</source>
        <translation>Shańaraq aǵzaları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>{relation} · {pin} · age {age}</source>
        <translation>{relation} · {pin} · jası {age}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>This ID number is already in the family.</source>
        <translation>Bul identifikaciya sanı shańaraqta burınnan bar.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>A family member is typed but not added: press “Add to the family”, or clear the fields.</source>
        <translation>Shańaraq aǵzası kirgizilgen, biraq qosılmaǵan: «Shańaraqqa qosıw» túymesin basıń yamasa maydanlardı tazalań.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators of this terminal</source>
        <translation>Usı terminaldıń operatorları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs.</source>
        <translation>Jańa PIN-kod ornatıw ushın operatordı tańlań, mısalı, ol óz kodın umıtıp qalsa.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN</source>
        <translation>Jańa PIN-kod</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN again</source>
        <translation>PIN-kod taǵı bir ret</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Set the PIN</source>
        <translation>PIN-kodtı ornatıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Unlock</source>
        <translation>Bekitiwden shıǵarıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Name</source>
        <translation>Atı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Status</source>
        <translation>Jaǵdayı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>set</source>
        <translation>ornatılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>not set yet</source>
        <translation>ele ornatılmaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>disabled</source>
        <translation>óshirilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until a new PIN is set</source>
        <translation>jańa PIN-kod ornatılǵansha bekitilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until {time}</source>
        <translation>saat {time} ge shekem bekitilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN for {name}</source>
        <translation>Jańa PIN-kod: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator.</source>
        <translation>Operatordı tańlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} typed a wrong PIN too many times: set a new PIN to unlock them.</source>
        <translation>{name} PIN-kodtı dım kóp márte nadurıs kirgizdi: bekitiwden shıǵarıw ushın jańa PIN-kod ornatıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is locked after wrong PINs until {time}.</source>
        <translation>{name} nadurıs PIN-kodlardan keyin saat {time} ge shekem bekitilgen.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>A PIN has at least {count} characters.</source>
        <translation>PIN-kod keminde {count} belgiden ibarat boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The two PINs are not the same: type them again.</source>
        <translation>Eki PIN-kod birdey emes: olardı qaytadan kirgiziń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN of {name} is set. They can sign in with it now.</source>
        <translation>PIN-kod ornatıldı ({name}). Endi onıń menen kiriwge boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is unlocked and can sign in with their PIN now.</source>
        <translation>{name} bekitiwden shıǵarıldı: endi óz PIN-kodı menen kire aladı.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor override</source>
        <translation>Basshınıń tastıyıǵı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Only when Face-ID cannot identify the citizen. It is recorded with the supervisor's name.</source>
        <translation>Tek Face-ID puqaranı anıqlay almaǵanda. Basshınıń atı menen birge jazıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Citizen's ID number, from their document</source>
        <translation>Puqaranıń identifikaciya sanı (hújjetinen)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor</source>
        <translation>Basshı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Basshınıń óz PIN-kodı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's PIN</source>
        <translation>Basshınıń PIN-kodı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason (written out)</source>
        <translation>Sebebi (sóz benen jazıń)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason</source>
        <translation>Sebebi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>For example: the face is bandaged after an operation.</source>
        <translation>Mısalı: operaciyadan keyin júz tańılǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Cancel</source>
        <translation>Biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Confirm the override</source>
        <translation>Tastıyıqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Another supervisor must sign: no one approves their own override.</source>
        <translation>Basqa basshı qol qoyıwı kerek: hesh kim óz tastıyıqlawına ózi qol qoymaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>No supervisor can sign in on this terminal.</source>
        <translation>Bul terminalǵa kire alatuǵın basshı joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Type the citizen's ID number.</source>
        <translation>Puqaranıń identifikaciya sanın kirgiziń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Choose the supervisor.</source>
        <translation>Basshını tańlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>Basshı óz PIN-kodın kirgizedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Write the reason for the override.</source>
        <translation>Tastıyıqlaw sebebin jazıń.</translation>
    </message>
</context>
<context>
    <name>OverridesPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Overrides</source>
        <translation>Basshı tastıyıqları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Medicines handed over when Face-ID could not match, on a supervisor's word. Newest first.</source>
        <translation>Face-ID anıqlay almaǵanda basshınıń tastıyıǵı menen berilgen dáriler. Dáslep jańaları.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>No overrides recorded on this terminal.</source>
        <translation>Bul terminalda basshı tastıyıqları jazılmaǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>When</source>
        <translation>Qashan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Citizen</source>
        <translation>Puqara</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Reason</source>
        <translation>Sebebi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Handed over by {nurse}
Approved by {supervisor}</source>
        <translation>Bergen: {nurse}
Tastıyıqlaǵan: {supervisor}</translation>
    </message>
</context>
<context>
    <name>PackScanBox</name>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan every pack handed out:</source>
        <translation>Beriletuǵın hár bir qaptamanı skanerleń:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Pack code</source>
        <translation>Qaptama kodı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan the square code on the pack</source>
        <translation>Qaptamadaǵı kvadrat kodtı skanerleń</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan with the camera</source>
        <translation>Kamera menen skanerlew</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Hold the pack's square code up to the camera.</source>
        <translation>Qaptamanıń kvadrat kodın kameraǵa jaqınlatıń.</translation>
    </message>
</context>
<context>
    <name>PatientHistoryPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Handed out at this terminal</source>
        <translation>Usı terminalda berilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescribed medicines</source>
        <translation>Jazıp berilgen dáriler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Check the face and hand out (Enter)</source>
        <translation>Júzdi tekserip beriw (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Print the last receipt again (Ctrl+R)</source>
        <translation>Sońǵı chekti qayta basıp shıǵarıw (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reverse the chosen hand-out…</source>
        <translation>Tańlanǵan beriwdi biykarlaw…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Enroll face…</source>
        <translation>Júzdi saqlaw…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Back (Esc)</source>
        <translation>Artqa (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Jası {age} · identifikaciya sanı {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescription</source>
        <translation>Recept</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicine</source>
        <translation>Dári</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Left</source>
        <translation>Qaldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Last handed out</source>
        <translation>Aqırǵı márte berilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>When</source>
        <translation>Qashan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicines</source>
        <translation>Dáriler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Cost to the state</source>
        <translation>Mámleket tóleydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>By</source>
        <translation>Kim berdi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed</source>
        <translation>Biykarlanǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>No prescriptions and nothing handed out yet.</source>
        <translation>Receptler joq, ele hesh nárse berilmegen.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>nothing left</source>
        <translation>hesh nárse qalmaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{remaining} of {prescribed} {unit}</source>
        <translation>{remaining} / {prescribed} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>here, {when}</source>
        <translation>usı jerde, {when}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{count} {unit} at other terminals</source>
        <translation>basqa terminallarda {count} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>never</source>
        <translation>ele berilmegen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{when}, {name}: {medicines}</source>
        <translation>{when}, {name}: {medicines}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Biykarlandı. Muǵdarlar receptke hám qoymaǵa qaytarıldı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Face enrolled. It is sent to the registry at the next sync.</source>
        <translation>Júz saqlandı. Ol keyingi sinxronlawda reestrge jiberiledi.</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Find a patient</source>
        <translation>Nawqastı izlew</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then Enter. Finding a patient does not identify them: their face is checked before anything is handed out.</source>
        <translation>Atı-jónin (latın yamasa kirill háriplerinde), tuwılǵan sánesin (KK.AA.JJJJ) yamasa identifikaciya sanın kirgizip, Enter túymesin basıń. Nawqastı tabıw onıń shaxsın anıqlaw degeni emes: bir nárse beriwden aldın onıń júzi tekseriledi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name, birth date or ID number</source>
        <translation>Atı-jóni, tuwılǵan sánesi yamasa identifikaciya sanı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Search (Enter)</source>
        <translation>Izlew (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Back (Esc)</source>
        <translation>Artqa (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name</source>
        <translation>Atı-jóni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Born</source>
        <translation>Tuwılǵan sánesi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Age</source>
        <translation>Jası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>ID number</source>
        <translation>Identifikaciya sanı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Nobody of this site matches.</source>
        <translation>Bul mekemede sáykes keletuǵın nawqas joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>More than {count} patients match: type more of the name or the birth date.</source>
        <translation>{count} nawqastan kóp sáykes keledi: atı-jónin yamasa tuwılǵan sánesin tolıǵıraq kirgiziń.</translation>
    </message>
</context>
<context>
    <name>PharmacyDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Artqa (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today</source>
        <translation>Búgin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today, {date}</source>
        <translation>Búgin, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Hand-outs: {count} · Patients: {people} · Cost to the state: {money}</source>
        <translation>Berildi: {count} márte · Nawqaslar: {people} · Mámleket esabınan: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Medicine</source>
        <translation>Dári</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Handed out today</source>
        <translation>Búgin berildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>In stock</source>
        <translation>Qoymada</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Lasts</source>
        <translation>Jetedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Running low (less than {days} days left): {names}</source>
        <translation>Tawsılıp baratır ({days} kúnnen azǵa jetedi): {names}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>out of stock</source>
        <translation>qoymada joq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>none handed out lately</source>
        <translation>jaqında berilmegen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>about {days} days</source>
        <translation>shama menen {days} kún</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>A phone number has digits only, for example +998 90 123 45 67.</source>
        <translation>Telefon nomeri tek sanlardan ibarat, mısalı +998 90 123 45 67.</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, {date} tuwılǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Face template</source>
        <translation>Júz úlgisi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Only a face template is taken: numbers that describe the face, never the picture. It is compared with the faces enrolled here, so that nobody applies under two names. You may skip this step.</source>
        <translation>Tek júz úlgisi alınadı: júzdi táripleytuǵın sanlar, hesh qashan súwret emes. Hesh kim eki at penen arza bermewi ushın, ol usı jerde saqlanǵan júzler menen salıstırıladı. Bul basqıshtı ótkerip jiberiwge boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Ask the applicant first. If they are on this site's list of citizens, the template is also kept for Face-ID. They may refuse: the application goes on without it.</source>
        <translation>Dáslep arza beriwshiden sorań. Ol usı mekemeniń puqaralar diziminde bolsa, úlgi Face-ID ushın da saqlanadı. Ol bas tartıwı múmkin: arza onsız da dawam etedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant agrees to the face template</source>
        <translation>Arza beriwshi júz úlgisine razı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Stop the camera</source>
        <translation>Kameranı toqtatıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Delete the template</source>
        <translation>Úlgini óshiriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Kamera súwreti: júzdi kadrǵa alıw ushın</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Checking the face against everyone enrolled at this site…</source>
        <translation>Júz usı mekemede saqlanǵan barlıq júzler menen salıstırılmaqta…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>⚠ This face looks like {people}, already enrolled at this site. The application is flagged for the registry to check.</source>
        <translation>⚠ Bul júz usı mekemede burın saqlanǵan adamǵa uqsaydı: {people}. Arza reestr tekseriwi ushın belgilendi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ This is the applicant's own face, enrolled before.</source>
        <translation>✓ Bul arza beriwshiniń burın saqlanǵan óz júzi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ Nobody enrolled at this site looks like the applicant.</source>
        <translation>✓ Usı mekemede saqlanǵanlardıń hesh biri arza beriwshige uqsamaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: a face like someone else's is never kept.</source>
        <translation>Tek usı tekseriw ushın paydalanıldı: basqa adamǵa uqsas júz hesh qashan saqlanbaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: the applicant is not on this site's list of citizens.</source>
        <translation>Tek usı tekseriw ushın paydalanıldı: arza beriwshi usı mekemeniń puqaralar diziminde joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Kept for Face-ID at this site once the application is submitted.</source>
        <translation>Arza tapsırılǵannan keyin usı mekemede Face-ID ushın saqlanadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template again</source>
        <translation>Júz úlgisin qaytadan alıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template</source>
        <translation>Júz úlgisin alıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ Júz úlgisi alındı. Súwret saqlanbadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No camera is set up on this terminal: skip this step.</source>
        <translation>Bul terminalda kamera sazlanbaǵan: bul basqıshtı ótkerip jiberiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant has not agreed to a face template: none can be taken. Tick the box if they agree, or skip this step.</source>
        <translation>Arza beriwshi júz úlgisine razılıq bermegen: onı alıwǵa bolmaydı. Razı bolsa belgi qoyıń yamasa bul basqıshtı ótkerip jiberiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No face template yet.</source>
        <translation>Júz úlgisi ele joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Look at the camera</source>
        <translation>Kameraǵa qarań</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Good, hold still</source>
        <translation>Jaqsı, qıymıllamań</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>Jaqsı súwretler: {count} / {needed}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No good picture in time. Add light in front of the face, ask the applicant to look at the camera and try again, or skip this step.</source>
        <translation>Belgilengen waqıtta jaqsı súwret alınbadı. Júzdiń aldına jaqtılıq qosıń, arza beriwshiden kameraǵa qarawın sorap, qaytadan urınıp kóriń yamasa bul basqıshtı ótkerip jiberiń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera off</source>
        <translation>Kamera óshirilgen</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <location filename="../../terminal/ui/demo_app.py"/>
        <source>Preparing the demo site …</source>
        <translation>Demo mekeme tayarlanbaqta …</translation>
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
        <translation>Berildi: chek</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt</source>
        <translation>Chek</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Print (Ctrl+P)</source>
        <translation>Basıp shıǵarıw (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>PDF etip saqlaw (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paper for printing</source>
        <translation>Basıp shıǵarıw ushın qaǵaz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>A4 sheet</source>
        <translation>A4 paraq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>80 mm roll</source>
        <translation>80 mm rulon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>58 mm roll</source>
        <translation>58 mm rulon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Next patient (Enter)</source>
        <translation>Keyingi nawqas (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Chek {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Patient: {name}, ID number {number}</source>
        <translation>Nawqas: {name}, identifikaciya sanı {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Shaxstı anıqlaw usılı: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Mámleket tóledi: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the patient: {money}</source>
        <translation>Nawqas tóledi: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Dispensed by: {name}</source>
        <translation>Dári bergen: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Reversed on {time} by {name}: {reason}. Nothing of it counts.</source>
        <translation>Biykarlanǵan ({time}, {name}): {reason}. Bul beriw esapqa alınbaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Medicine</source>
        <translation>Dári</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription</source>
        <translation>Recept</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Quantity</source>
        <translation>Muǵdarı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>State price</source>
        <translation>Mámleket bahası</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Cost to the state</source>
        <translation>Mámleket tóleydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription {number}</source>
        <translation>Recept {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Packs: {serials}</source>
        <translation>Qaptamalar: {serials}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>supervisor override ({reason})</source>
        <translation>basshınıń tastıyıǵı ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>ID number with face verification</source>
        <translation>identifikaciya sanı hám júzdi tekseriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Face-ID</source>
        <translation>Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to print the receipt.</source>
        <translation>Chekti basıp shıǵarıw ushın sistemaǵa kiriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sent to the printer.</source>
        <translation>Printerge jiberildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save the receipt as PDF</source>
        <translation>Chekti PDF etip saqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllar (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to save the receipt.</source>
        <translation>Chekti saqlaw ushın sistemaǵa kiriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}</source>
        <translation>Chek {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>The receipt could not be saved as {path}. Choose another folder.</source>
        <translation>Chekti {path} etip saqlawǵa bolmadı. Basqa papkanı tańlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Saved as {path}</source>
        <translation>Saqlandı: {path}</translation>
    </message>
</context>
<context>
    <name>Reversal</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reversed by {name}: {reason}</source>
        <translation>Biykarlanǵan ({name}): {reason}</translation>
    </message>
</context>
<context>
    <name>ReversalWordDialog</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a hand-out</source>
        <translation>Dári beriwdi biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a meal</source>
        <translation>Awqat beriwdi biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an aid's hand-over</source>
        <translation>Qural tapsırıwdı biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an act</source>
        <translation>Jazbanı biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The medicines go back on the prescription and in stock.</source>
        <translation>Dáriler receptke hám qoymaǵa qaytarıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The meal no longer counts; the student may be served again.</source>
        <translation>Awqat esapqa alınbaydı; oqıwshıǵa qayta awqat beriwge boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Qural esapqa alınbaydı; onı sol huqıq boyınsha qayta tapsırıwǵa boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The act no longer counts.</source>
        <translation>Jazba esapqa alınbaydı.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check and submit</source>
        <translation>Tekseriw hám tapsırıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check the summary with the applicant, then submit.</source>
        <translation>Juwmaqtı arza beriwshi menen birge tekserip, keyin tapsırıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>This is a preliminary assessment: the registry makes the decision. Once submitted, the application cannot be changed; it is sent to the registry when the terminal is online.</source>
        <translation>Bul dáslepki baha: sheshimdi reestr qabıl etedi. Tapsırılǵan arzanı ózgertiwge bolmaydı; terminal tarmaqqa jalǵanǵanda ol reestrge jiberiledi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Submit the application</source>
        <translation>Arzanı tapsırıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>⚠ The applicant's face looks like {people}: the application goes to the registry flagged, for it to check who applies.</source>
        <translation>⚠ Arza beriwshiniń júzi basqa adamǵa uqsaydı: {people}. Arza reestrge belgilenip jiberiledi: arza beriwshini reestr tekseredi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>✓ The applicant's face was checked: it looks like nobody else enrolled here.</source>
        <translation>✓ Arza beriwshiniń júzi tekserildi: usı jerde saqlanǵan basqa hesh kimge uqsamaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>{applicant}, {benefit}. Family: {size} people. Incomes: {income} a month. Property: {assets}.</source>
        <translation>{applicant}, {benefit}. Shańaraq: {size} adam. Dáramatlar: ayına {income}. Múlk: {assets}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Assessing…</source>
        <translation>Bahalanbaqta…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Flagged: this family may not receive these benefits.</source>
        <translation>Belgilendi: bul shańaraq bunday járdemdi ala almaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears to be eligible.</source>
        <translation>Shańaraq járdem alıwǵa huqıqlı sıyaqlı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears not to be eligible; it may still apply.</source>
        <translation>Shańaraqtıń járdem alıwǵa huqıqı joq sıyaqlı; sonda da arza bere aladı.</translation>
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
        <translation>Paydasına: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Against: {reason}</source>
        <translation>Qarsı: {reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Nurse</source>
        <translation>Medbiyke</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Canteen staff</source>
        <translation>Asxana xızmetkeri</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Field inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Social worker</source>
        <translation>Sociallıq xızmetker</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Supervisor</source>
        <translation>Basshı</translation>
    </message>
</context>
<context>
    <name>SentApplicationsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Sent applications</source>
        <translation>Jiberilgen arzalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Every application submitted on this terminal, the newest first.</source>
        <translation>Bul terminalda tapsırılǵan barlıq arzalar, dáslep jańaları.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Find by the applicant's name or the number</source>
        <translation>Arza beriwshiniń atı yamasa nómeri boyınsha izlew</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Artqa (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Open the application</source>
        <translation>Arzanı ashıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{number} · {applicant}
{benefit} · submitted {time}
{status}</source>
        <translation>{number} · {applicant}
{benefit} · tapsırılǵan: {time}
{status}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{application} · ⚠ the face looks like someone else's</source>
        <translation>{application} · ⚠ júz basqa adamǵa uqsaydı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No sent application has this name or number.</source>
        <translation>Bunday atı yamasa nómeri bar jiberilgen arza joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No application has been submitted on this terminal yet.</source>
        <translation>Bul terminalda ele hesh bir arza tapsırılmaǵan.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Hamyon Terminal: set-up</source>
        <translation>Hamyon Terminal: sazlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Set up this terminal</source>
        <translation>Terminaldı sazlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type the registry's address and the one-time code your registry team gave you.</source>
        <translation>Reestr mánzilin hám reestr komandası bergen bir mártelik kodtı kirgiziń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Registry address</source>
        <translation>Reestr mánzili</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Enrollment code</source>
        <translation>Jalǵanıw kodı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connect</source>
        <translation>Jalǵaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Open the demo site instead</source>
        <translation>Onıń ornına demo mekemeni ashıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type both the address and the code.</source>
        <translation>Mánzildi de, kodtı da kirgiziń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connecting to the registry and downloading this site …</source>
        <translation>Reestrge jalǵanıp, mekeme maǵlıwmatları júklenbekte …</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Preparing the demo site …</source>
        <translation>Demo mekeme tayarlanbaqta …</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Who is working at this terminal?</source>
        <translation>Bul terminalda kim islep atır?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name, type your PIN and press Enter.</source>
        <translation>Atıńızdı tańlap, PIN-kodıńızdı kirgiziń hám Enter túymesin basıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Sign in</source>
        <translation>Kiriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name first.</source>
        <translation>Dáslep atıńızdı tańlań.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Sign in to print the slip.</source>
        <translation>Talondı basıp shıǵarıw ushın sistemaǵa kiriń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>The slip is sent to the printer.</source>
        <translation>Talon printerge jiberildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Arza beriwshi: {name}, identifikaciya sanı {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Submitted on {date}</source>
        <translation>Tapsırıldı: {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Benefit asked for: {benefit}</source>
        <translation>Soralǵan járdem: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Family members: {count}</source>
        <translation>Shańaraq aǵzaları: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Application for social support</source>
        <translation>Sociallıq járdem ushın arza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>quote the number above at {facility}, or to the social protection registry's help line. Keep this slip.</source>
        <translation>joqarıdaǵı nómerdi {facility} mekemesine yamasa sociallıq qorǵaw reestriniń járdem xızmetine aytıń. Bul talondı saqlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Preliminary assessment:</source>
        <translation>Dáslepki baha:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>This is a preliminary assessment made at the office: the registry decides.</source>
        <translation>Bul mekemede berilgen dáslepki baha: sheshimdi reestr qabıl etedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Status on {date}:</source>
        <translation>{date} kúngi jaǵdayı:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>What happens next:</source>
        <translation>Keyin ne boladı:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>To ask about the application:</source>
        <translation>Arza haqqında soraw ushın:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>{status}. The registry's note: {note}</source>
        <translation>{status}. Reestrdiń eskertpesi: {note}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may not receive these benefits (see why below).</source>
        <translation>shańaraq bul járdemdi ala almaydı (sebeplerin tómennen qarań).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears to be eligible.</source>
        <translation>shańaraq járdem alıwǵa huqıqlı sıyaqlı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears not to be eligible; the registry still decides.</source>
        <translation>shańaraqtıń járdem alıwǵa huqıqı joq sıyaqlı; sonda da sheshimdi reestr qabıl etedi.</translation>
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
        <translation>usı mekemeniń terminalı tarmaqqa jalǵanıwı menen arza reestrge jiberiledi. Reestr shańaraqtıń maǵlıwmatların basqa mámleketlik uyımlar menen tekserip, sheshim qabıl etedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry checks the family's data with other state bodies and decides; the office tells the family of the decision.</source>
        <translation>reestr shańaraqtıń maǵlıwmatların basqa mámleketlik uyımlar menen tekserip, sheshim qabıl etedi; mekeme sheshimdi shańaraqqa xabarlaydı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the benefit is paid as the registry's decision says.</source>
        <translation>járdem reestrdiń sheshimine sáykes tólenedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may ask the office why, and apply again when its situation changes.</source>
        <translation>shańaraq mekemeden sebebin soray aladı hám jaǵdayı ózgergende qaytadan arza bere aladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry needs more from the family: come to the office with this slip.</source>
        <translation>reestrge shańaraqtan qosımsha maǵlıwmatlar kerek: usı talon menen mekemege keliń.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Not connected to a registry</source>
        <translation>Reestrge jalǵanbaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Online</source>
        <translation>● Tarmaqta</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Offline: work goes on, acts wait in the queue</source>
        <translation>● Tarmaq joq: jumıs dawam etedi, jazıwlar gezekte kútedi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Queue: {count}</source>
        <translation>Gezek: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Set aside: {count}</source>
        <translation>Shetke qoyılǵan: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Last sync: {time}</source>
        <translation>Sinxronlanǵan: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Never synced</source>
        <translation>Ele sinxronlanbaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Sync now</source>
        <translation>Sinxronlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>The data store of this terminal is damaged: new acts are refused. Ask IT to run 'hamyon store recover'; every act that can still be read is kept.</source>
        <translation>Bul terminaldıń maǵlıwmatlar qoyması buzılǵan: jańa jazıwlar qabıl etilmeydi. IT xızmetkerinen 'hamyon store recover' buyrıǵın orınlawın sorań; ele oqıwǵa bolatuǵın barlıq jazıwlar saqlanadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{minutes} min</source>
        <translation>{minutes} minut</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{days} days</source>
        <translation>{days} kún</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} ahead of the registry: set it right</source>
        <translation>Saat reestrden {amount} aldında: onı dúzetiń</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} behind the registry: set it right</source>
        <translation>Saat reestrden {amount} artta: onı dúzetiń</translation>
    </message>
</context>
<context>
    <name>StudentTile</name>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not eligible for free meals</source>
        <translation>Tegin awqatlanıwǵa huqıqı joq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>✓ Served at {time}</source>
        <translation>✓ Berildi: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not served yet</source>
        <translation>Ele berilmegen</translation>
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
        <translation>Basshı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Supervisor's pages</source>
        <translation>Basshı bólimleri</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Overrides</source>
        <translation>Basshı tastıyıqları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Meal reports</source>
        <translation>Awqatlanıw esabatları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Audit trail</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Sync problems</source>
        <translation>Sinxronlaw máseleleri</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Today's acts</source>
        <translation>Búgingi jazbalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Spoken guidance</source>
        <translation>Dawıslı kórsetpeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>USB stick</source>
        <translation>Fleshka</translation>
    </message>
</context>
<context>
    <name>SupervisorWordDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>A supervisor confirms it with their own PIN. It is recorded with their name and reason.</source>
        <translation>Basshı bunı óz PIN-kodı menen tastıyıqlaydı. Bul basshınıń atı hám sebebi menen birge jazıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor</source>
        <translation>Basshı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Basshınıń óz PIN-kodı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's PIN</source>
        <translation>Basshınıń PIN-kodı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason (written out)</source>
        <translation>Sebebi (sóz benen jazıń)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason</source>
        <translation>Sebebi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Cancel</source>
        <translation>Biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Confirm</source>
        <translation>Tastıyıqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>No other supervisor can sign in on this terminal.</source>
        <translation>Bul terminalǵa kire alatuǵın basqa basshı joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Choose the supervisor.</source>
        <translation>Basshını tańlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>Basshı óz PIN-kodın kirgizedi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Write the reason.</source>
        <translation>Sebebin jazıń.</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicines handed out</source>
        <translation>Dári beriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School meal</source>
        <translation>Mektep awqatı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Application</source>
        <translation>Arza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Texnikalıq qural tapsırıldı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template enrolled</source>
        <translation>Júz úlgisi saqlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Keliwde júz úlgisi alındı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template removed</source>
        <translation>Júz úlgisi óshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of an act</source>
        <translation>Jazbanı biykarlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Facility</source>
        <translation>Mekeme</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Setting</source>
        <translation>Sazlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Citizen</source>
        <translation>Puqara</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template</source>
        <translation>Bet úlgisi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine</source>
        <translation>Dári</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Stock delivery</source>
        <translation>Jetkerip beriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Prescription</source>
        <translation>Recept</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School</source>
        <translation>Mektep</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Meal session</source>
        <translation>Awqatlanıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Student</source>
        <translation>Oqıwshı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Decision on an application</source>
        <translation>Arza boyınsha sheshim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Entitlement to a technical aid</source>
        <translation>Texnikalıq quralǵa huqıq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Conflict</source>
        <translation>Qarama-qayshılıq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of a dispense or meal</source>
        <translation type="vanished">Dári yamasa awqat beriwdi biykarlaw</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Not sent or not applied</source>
        <translation>Jiberilmegen yamasa qollanılmaǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Nothing here is lost: every act stays on this terminal. Quote the act's number to the registry's help desk; news the terminal could not apply is replaced when the registry sends it again.</source>
        <translation>Bul jerde hesh nárse joǵalmaydı: hár bir jazba usı terminalda qaladı. Jazba nómerin reestrdiń járdem xızmetine aytıń; terminal qollanalmaǵan maǵlıwmatlar reestr olardı qayta jibergende almastırıladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Acts the registry did not take</source>
        <translation>Reestr qabıl etpegen jazbalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None: every act was taken or is waiting in the queue.</source>
        <translation>Joq: hár bir jazba qabıl etildi yamasa gezekte kútip tur.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>News from the registry not applied</source>
        <translation>Qollanılmaǵan reestr maǵlıwmatları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None.</source>
        <translation>Joq.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine packs handed out twice</source>
        <translation>Eki ret berilgen dári qaptamaları</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>The registry found these packs handed out before, here or at another terminal: check the packs and the patients' receipts, and tell the registry's help desk the act's number.</source>
        <translation>Reestr bul qaptamalardıń aldın usı jerde yamasa basqa terminalda berilgenin anıqladı: qaptamalardı hám nawqaslardıń cheklerin tekseriń, jazba nómerin reestrdiń járdem xızmetine aytıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>When</source>
        <translation>Qashan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Number</source>
        <translation>Nómer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Why</source>
        <translation>Sebebi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Received</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Details for the help desk</source>
        <translation>Járdem xızmeti ushın maǵlıwmatlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Found</source>
        <translation>Anıqlandı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Handed out</source>
        <translation>Qay jerde berilgen</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Packs</source>
        <translation>Qaptamalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at this terminal</source>
        <translation>usı terminalda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at another terminal</source>
        <translation>basqa terminalda</translation>
    </message>
</context>
<context>
    <name>TodaysActsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Today's acts</source>
        <translation>Búgingi jazbalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Hand-outs, meals and aids recorded here today, newest first. Choose a mistaken one to reverse it.</source>
        <translation>Búgin usı jerde jazılǵan dári hám awqat beriwler, qural tapsırıwlar, dáslep jańaları. Qátesin biykarlaw ushın onı tańlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Nothing recorded here today.</source>
        <translation>Búgin usı jerde hesh nárse jazılmaǵan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reverse the chosen act…</source>
        <translation>Tańlanǵan jazbanı biykarlaw…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Refresh</source>
        <translation>Jańalaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Time</source>
        <translation>Waqıt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Who</source>
        <translation>Kimge</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>By</source>
        <translation>Kim jazdı</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed</source>
        <translation>Biykarlanǵan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Serial number: {serial}</source>
        <translation>Seriyalıq nomer: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>{time}, {what}: {who}, {details}</source>
        <translation>{time}, {what}: {who}, {details}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Biykarlandı. Muǵdarlar receptke hám qoymaǵa qaytarıldı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Biykarlandı. Qural esapqa alınbaydı; onı sol huqıq boyınsha qayta tapsırıwǵa boladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The meal no longer counts; the student may be served again.</source>
        <translation>Biykarlandı. Awqat esapqa alınbaydı; oqıwshıǵa qayta awqat beriwge boladı.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Sign out</source>
        <translation>Shıǵıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>High contrast</source>
        <translation>Joqarı kontrast</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text</source>
        <translation>Úlken tekst</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text: on with Ctrl+Plus, off with Ctrl+Minus</source>
        <translation>Úlken tekst: qosıw — Ctrl+Plus, óshiriw — Ctrl+Minus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Help (F1)</source>
        <translation>Járdem (F1)</translation>
    </message>
</context>
<context>
    <name>UsbStickPage</name>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>USB stick</source>
        <translation>Fleshka</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Without a network, carry the acts to the registry on a USB stick and bring its answer back. The file is sealed: a lost stick reveals nothing. The acts stay in the queue until the registry's answer comes back, online or on the stick.</source>
        <translation>Tarmaq bolmasa, aktlerdi fleshkada reestrge alıp barıń hám onıń juwabın qaytarıp ákeliń. Fayl mórlengen: joǵalǵan fleshka hesh nárseni ashpaydı. Reestrdiń juwabı tarmaq arqalı yamasa fleshkada kelmegenshe aktler gezekte qaladı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>&amp;Folder on the USB stick</source>
        <translation>&amp;Fleshkadaǵı papka</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Folder on the USB stick</source>
        <translation>Fleshkadaǵı papka</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose…</source>
        <translation>Tańlaw…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Export to USB stick</source>
        <translation>Fleshkaǵa jazıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Import from USB stick</source>
        <translation>Fleshkadan júklew</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose the folder on the USB stick first.</source>
        <translation>Aldın fleshkadaǵı papkanı tańlań.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Writing the bundle…</source>
        <translation>Paket jazılmaqta…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Applying the registry's answer…</source>
        <translation>Reestrdiń juwabı qollanılmaqta…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Written to the stick: {file} (acts: {acts}). Take it to the registry.</source>
        <translation>Fleshkaǵa jazıldı: {file} (aktler: {acts}). Onı reestrge alıp barıń.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>The registry's answer is in. Acts answered: {acts}; changes applied: {changes}.</source>
        <translation>Reestrdiń juwabı alındı. Juwap alǵan aktler: {acts}; qollanılǵan ózgerisler: {changes}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Stopped. What was applied stays; import again to go on from there.</source>
        <translation>Toqtatıldı. Qollanılǵanı saqlanadı; usı jerden dawam ettiriw ushın qayta júkleń.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Spoken guidance</source>
        <translation>Dawıslı kórsetpeler</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>In the elderly mode (F7 on the Face-ID screen: large text and voice) this terminal says each Face-ID instruction aloud in the language of the window.</source>
        <translation>Jası úlkenler ushın rejimde (Face-ID ekranında F7: úlken tekst hám dawıs) bul terminal Face-ID hár bir kórsetpesin ayna tilinde dawıslap aytadı.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Speak the Face-ID instructions on this terminal</source>
        <translation>Bul terminalda Face-ID kórsetpelerin dawıslap aytıw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>&amp;Loudness</source>
        <translation>Dawıs &amp;kúshi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Save</source>
        <translation>Saqlaw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Try the voice</source>
        <translation>Dawıstı tıńlap kóriw</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Saved. The Face-ID screen speaks so from now on.</source>
        <translation>Saqlandı. Face-ID ekranı endi usılay sóyleydi.</translation>
    </message>
</context>
</TS>
