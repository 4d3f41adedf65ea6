<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kaa" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).</extracomment>
        <translation>Бир нәрсе надурыс болды.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {kind} is not valid: {reason}. Please check it against the document.</source>
        <extracomment>An error message (terminal.core.errors.InvalidIdNumber).</extracomment>
        <translation>{kind} надурыс: {reason}. Оны ҳүжжет пенен салыстырып тексериң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{field}: '{value}' is not a valid date; use YYYY-MM-DD.</source>
        <extracomment>An error message (terminal.core.errors.InvalidDate).</extracomment>
        <translation>{field}: «{value}» сәне емес; оны 2025-12-31 (жыл-ай-күн) түринде киргизиң.</translation>
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
        <translation>Жеке идентификация саны надурыс ({name}): {reason}. Оны ҳүжжет пенен салыстырып тексериң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No citizen with this ID number is registered at this site.</source>
        <extracomment>An error message (terminal.core.errors.UnknownCitizen).</extracomment>
        <translation>Бундай идентификация саны бар пуқара усы мекемеде дизимге алынбаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Your role ({role}) may not {action}. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.PermissionDenied).</extracomment>
        <translation>Сизиң ролиңизде ({role}) {action} ҳуқықы жоқ. Басшыға мүрәжат етиң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This operator is not registered on this terminal or is disabled.</source>
        <extracomment>An error message (terminal.core.errors.UnknownOperator).</extracomment>
        <translation>Бул оператор усы терминалда дизимнен өтпеген ямаса өширилген.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen must be identified first: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.IdentificationRequired).</extracomment>
        <translation>Дәслеп пуқараның шахсын анықлаў керек: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Prescription {number} cannot be dispensed: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.PrescriptionNotDispensable).</extracomment>
        <translation>№ {number} рецепт бойынша дәри бериўге болмайды: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {remaining} remain on the prescription.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsPrescription).</extracomment>
        <translation>{drug}: {requested} соралды, бирақ рецепт бойынша тек {remaining} қалды.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {in_stock} are in stock.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsStock).</extracomment>
        <translation>{drug}: {requested} соралды, бирақ қоймада тек {in_stock} бар.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen's consent to store their face is required before it can be enrolled.</source>
        <extracomment>An error message (terminal.core.errors.ConsentRequired).</extracomment>
        <translation>Пуқараның жүзин сақлаў ушын оның разылығы керек.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This face already matches another citizen's enrolled face. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.FaceEnrolledForAnother).</extracomment>
        <translation>Бул жүз басқа пуқараның сақланған жүзине сәйкес келеди. Басшыға мүрәжат етиң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} is not eligible for free meals at this school.</source>
        <extracomment>An error message (terminal.core.errors.NotEligibleForMeals).</extracomment>
        <translation>{student} бул мектепте тегин аўқатланыўға ҳуқықлы емес.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} has already had {session} today (served at {served_at}). Not recorded again.</source>
        <extracomment>An error message (terminal.core.errors.MealAlreadyServed).</extracomment>
        <translation>{student} бүгин аўқатланып болған: «{session}» (саат {served_at}). Қайта жазылмады.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This meal session does not exist at this school.</source>
        <extracomment>An error message (terminal.core.errors.UnknownMealSession).</extracomment>
        <translation>Бул мектепте бундай аўқатланыў ўақты жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This application was submitted on {submitted_at} and can no longer be changed.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationNotEditable).</extracomment>
        <translation>Бул арза {submitted_at} күни берилген, оны енди өзгертиўге болмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The application is not complete: {missing}.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationIncomplete).</extracomment>
        <translation>Арза толық толтырылмаған, жетиспейди: {missing}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This family already has a submitted application for {benefit} (submitted on {submitted_on}).</source>
        <extracomment>An error message (terminal.core.errors.DuplicateApplication).</extracomment>
        <translation>Бул шаңарақ арзаны бурын берген: {benefit} ({submitted_on} күни берилген).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No such application on this terminal.</source>
        <extracomment>An error message (terminal.core.errors.UnknownApplication).</extracomment>
        <translation>Бул терминалда бундай арза жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The terminal's data store failed: {reason}. Nothing was recorded.</source>
        <extracomment>An error message (terminal.core.errors.StoreError).</extracomment>
        <translation>Терминалдың мағлыўматлар қоймасында қәте: {reason}. Ҳеш нәрсе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The disk is full: nothing was recorded. Free some space, then try again.</source>
        <extracomment>An error message (terminal.core.errors.StoreFull).</extracomment>
        <translation>Диск толы: ҳеш нәрсе жазылмады. Орын босатып, қайтадан урынып көриң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data folder {path} cannot be written to: nothing was recorded. Ask IT to check the disk.</source>
        <extracomment>An error message (terminal.core.errors.StoreReadOnly).</extracomment>
        <translation>Мағлыўматлар папкасына ({path}) жазыў мүмкин емес: ҳеш нәрсе жазылмады. IT қәнигесинен дискти тексериўди сораң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store is busy with another task: nothing was recorded. Try again in a moment.</source>
        <extracomment>An error message (terminal.core.errors.StoreBusy).</extracomment>
        <translation>Мағлыўматлар қоймасы басқа жумыс пенен бос емес: ҳеш нәрсе жазылмады. Бираздан соң қайтадан урынып көриң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged or is not a Hamyon store: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.StoreCorrupt).</extracomment>
        <translation>Мағлыўматлар қоймасы ({path}) бузылған ямаса Hamyon қоймасы емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>Мағлыўматлар қоймасы ({path}) Hamyon бағдарламасының жаңарақ версиясы менен жазылған: бул терминалды жаңалаң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>Терминал еле сазланбаған: дәслеп 'hamyon setup' ямаса 'hamyon demo' буйрығын орынлаң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>Аты ямаса PIN-коды надурыс. Қайтадан урынып көриң ямаса басшыға мүрәжат етиң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>Басып шығарыў ушын шрифт табылмады (DejaVu Sans): fonts-dejavu-core пакетин орнатың.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulate.NothingToSimulate).</extracomment>
        <translation>«{what}» ушын модельлестиретуғын ҳеш нәрсе жоқ: бул мекемеде оған операторлар, мектеплер ямаса дәрилер жоқ.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The Face-ID engine failed.</source>
        <extracomment>An error message (biometrics.errors.BiometricsError).</extracomment>
        <translation>Face-ID модулинде қәте жүз берди.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face models are not installed ({detail}). Reinstall Hamyon Terminal.</source>
        <extracomment>An error message (biometrics.errors.ModelsMissing).</extracomment>
        <translation>Жүзди таныў моделлери орнатылмаған ({detail}). Hamyon Terminal бағдарламасын қайта орнатың.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} cannot be used as a picture: {reason}.</source>
        <extracomment>An error message (biometrics.errors.BadImage).</extracomment>
        <translation>Сүўретти пайдаланыў мүмкин емес ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} is too large ({size}); the limit is {limit}. Use a smaller picture.</source>
        <extracomment>An error message (biometrics.errors.ImageTooLarge).</extracomment>
        <translation>Сүўрет жүдә үлкен ({name}, {size}); шеги — {limit}. Кишкенерек сүўретти пайдаланың.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>No face was found in {name}.</source>
        <extracomment>An error message (biometrics.errors.NoFace).</extracomment>
        <translation>Жүз табылмады ({name}).</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{count} faces of similar size are in {name}: the picture must show only one person.</source>
        <extracomment>An error message (biometrics.errors.SeveralFaces).</extracomment>
        <translation>Сүўретте ({name}) өлшеми уқсас бир неше жүз бар ({count}): сүўретте тек бир адам болыўы керек.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face in {name} is not good enough: {reason}.</source>
        <extracomment>An error message (biometrics.errors.LowQuality).</extracomment>
        <translation>Сүўреттеги жүздиң сапасы жеткиликсиз ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>A face template must be 128 finite numbers: {reason}.</source>
        <extracomment>An error message (biometrics.errors.InvalidTemplate).</extracomment>
        <translation>Жүз үлгиси 128 шекли саннан ибарат болыўы керек: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face could not be enrolled: {reason}.</source>
        <extracomment>An error message (biometrics.errors.EnrollmentIncomplete).</extracomment>
        <translation>Жүзди сақлаў мүмкин болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} failed: {reason}.</source>
        <extracomment>An error message (biometrics.errors.CameraError).</extracomment>
        <translation>Видео дерегинде қәте ({source}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} was not found: {hint}.</source>
        <extracomment>An error message (biometrics.errors.CameraNotFound).</extracomment>
        <translation>Видео дереги табылмады ({source}): {hint}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} is in use by another program: close that program, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraBusy).</extracomment>
        <translation>Видео дерегин ({source}) басқа бағдарлама пайдаланып атыр: сол бағдарламаны жабып, қайтадан урынып көриң.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} stopped sending pictures: check its cable or file, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraLost).</extracomment>
        <translation>Видео дереги ({source}) сүўрет жибериўди тоқтатты: кабельди ямаса файлды тексерип, қайтадан урынып көриң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation failed.</source>
        <extracomment>An error message (sync.errors.SyncError).</extracomment>
        <translation>Синхронлаў әмелге аспады.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.</source>
        <extracomment>An error message (sync.errors.RegistryUnreachable).</extracomment>
        <translation>Реестр менен байланыс жоқ ({url}): {reason}. Терминал тармақсыз ислеўин даўам етеди.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry answered with an error ({status}: {reason}). It will be tried again.</source>
        <extracomment>An error message (sync.errors.RegistryFailed).</extracomment>
        <translation>Реестр қәте менен жуўап берди ({status}: {reason}). Кейинирек қайта урынып көриледи.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused the request: {reason}</source>
        <extracomment>An error message (sync.errors.RegistryRefused).</extracomment>
        <translation>Реестр сораўды қабыл етпеди: {reason}</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is not connected to a registry: run 'hamyon setup --registry URL --code CODE'.</source>
        <extracomment>An error message (sync.errors.NotEnrolled).</extracomment>
        <translation>Терминал реестрге жалғанбаған: 'hamyon setup --registry URL --code CODE' буйрығын орынлаң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is already connected to {registry} as device {device}; use an empty --home.</source>
        <extracomment>An error message (sync.errors.AlreadyEnrolled).</extracomment>
        <translation>Терминал реестрге ({registry}) {device} қурылмасы сыпатында жалғанып болған; бос --home папкасын көрсетиң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This home already holds a site that is not from a registry ({facility}); use an empty --home.</source>
        <extracomment>An error message (sync.errors.HomeNotEmpty).</extracomment>
        <translation>Бул папкада реестрден емес мекеме бар ({facility}); бос --home папкасын көрсетиң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device key {path} is missing or unreadable: the terminal must be set up again.</source>
        <extracomment>An error message (sync.errors.KeyMissing).</extracomment>
        <translation>Қурылма гилти ({path}) жоқ ямаса оқылмайды: терминалды қайтадан сазлаў керек.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{count} acts wait for earlier ones the registry refused ({reason}); ask a supervisor.</source>
        <extracomment>An error message (sync.errors.PushStalled).</extracomment>
        <translation>Гезектеги жазыўлар: {count}; олар реестр қабыл етпеген алдыңғы жазыўларды күтип тур ({reason}). Басшыға мүрәжат етиң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation was cancelled; it resumes where it stopped.</source>
        <extracomment>An error message (sync.errors.SyncCancelled).</extracomment>
        <translation>Синхронлаў тоқтатылды; ол тоқтаған жеринен даўам етеди.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request is malformed: {reason}.</source>
        <extracomment>An error message (sync.errors.BadRequest).</extracomment>
        <translation>Сораў надурыс дүзилген: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device is not enrolled at the registry.</source>
        <extracomment>An error message (sync.errors.UnknownDevice).</extracomment>
        <translation>Бул қурылма реестрде дизимнен өтпеген.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request's signature does not match the device's key.</source>
        <extracomment>An error message (sync.errors.BadSignature).</extracomment>
        <translation>Сораўдың қолтаңбасы қурылма гилтине сәйкес келмейди.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device clock is off by more than {limit} seconds from the registry's ({server_time}).</source>
        <extracomment>An error message (sync.errors.ClockSkew).</extracomment>
        <translation>Қурылма сааты реестр саатынан ({server_time}) {limit} секундтан көбирек парық қылады.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This request was already received once (a replay); it is ignored.</source>
        <extracomment>An error message (sync.errors.ReplayedRequest).</extracomment>
        <translation>Бул сораў бурын қабыл етилген (қайталаў); ол есапқа алынбайды.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device was revoked at the registry; a supervisor must set the terminal up again.</source>
        <extracomment>An error message (sync.errors.DeviceRevoked).</extracomment>
        <translation>Бул қурылма реестрде бийкарланған; басшы терминалды қайтадан сазлаўы керек.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The enrollment code is unknown, used already or expired: ask the registry for a new one.</source>
        <extracomment>An error message (sync.errors.EnrollmentCodeInvalid).</extracomment>
        <translation>Жалғаныў коды белгисиз, бурын пайдаланылған ямаса мүддети өткен: реестрден жаңасын сораң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The batch holds {count} acts; the registry takes at most {limit} at once.</source>
        <extracomment>An error message (sync.errors.BatchTooLarge).</extracomment>
        <translation>Пакеттеги жазыўлар саны: {count}; реестр бир мәртеде ең көби менен {limit} жазыў қабыл етеди.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is encoded as {encoding}; send identity or gzip.</source>
        <extracomment>An error message (sync.errors.UnsupportedEncoding).</extracomment>
        <translation>Сораў денеси {encoding} түринде кодланған; identity ямаса gzip жибериң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry speaks protocol versions {supported}; this terminal sent {sent}. Update it.</source>
        <extracomment>An error message (sync.errors.ProtocolUnsupported).</extracomment>
        <translation>Реестр протоколдың {supported} версияларын қоллайды; терминал {sent} версиясын жиберди. Терминалды жаңалаң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry is busy or its database is unavailable; try again shortly.</source>
        <extracomment>An error message (sync.errors.RegistryBusy).</extracomment>
        <translation>Реестр бос емес ямаса оның мағлыўматлар базасы қолжетимсиз; бираздан соң қайтадан урынып көриң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry database {url} cannot be used: {reason}.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseError).</extracomment>
        <translation>Реестр мағлыўматлар базасын ({url}) пайдаланыў мүмкин емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>There is no registry database at {path}: check the --db address.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseMissing).</extracomment>
        <translation>{path} жолында реестр мағлыўматлар базасы жоқ: --db мәнзилин тексериң.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry has no facility {facility}: seed or import it first.</source>
        <extracomment>An error message (sync.errors.UnknownFacility).</extracomment>
        <translation>Реестрде {facility} мекемеси жоқ: дәслеп оны жаратың ямаса импортлаң.</translation>
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
        <translation>Өтинемиз, көзиңизди әсте жумып ашың.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your left.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Өтинемиз, басыңызды әсте шепке бурың.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your right.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Өтинемиз, басыңызды әсте оңға бурың.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>benefit type</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>жәрдем түри</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed benefits</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>дизимдеги жәрдем түрлериниң бирин таңлаң</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>name</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>аты-жөни</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>a family member</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>шаңарақ ағзасы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>birth date</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>туўылған сәнеси</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it does not match the birth date in the ID number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>жеке идентификация санындағы туўылған сәнеге сәйкес келмейди</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>relation</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>туўысқанлық</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed relations</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>дизимнен туўысқанлық дәрежесин таңлаң</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>place of work</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>жумыс орны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>unknown body</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>белгисиз уйым</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the family member's name is empty</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>шаңарақ ағзасының аты-жөни жазылмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>occupation</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>кәсиби</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>family members</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>шаңарақ ағзалары</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the same ID number is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бир идентификация саны еки мәрте жазылған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>only one person can be the applicant</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>арза бериўши тек бир адам бола алады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>дәрамат</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it belongs to someone not in the family</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ол шаңараққа кирмейтуғын адамға тийисли</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income source</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>дәрамат дереги</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed sources</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>дизимнен дәрамат дерегин таңлаң</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>monthly income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>айлық дәрамат</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>мүлк</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed kinds</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>дизимнен түрин таңлаң</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset value</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мүлк баҳасы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset description</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мүлк тәрийпи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мәнзил</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>phone</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>арза бериўши</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the benefit type</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>жәрдем түри</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мәнзил</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant's consent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>арза бериўшиниң разылығы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>at most {limit} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ең көби менен {limit} белги</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it contains control characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>онда басқарыў белгилери бар</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>must be a whole amount, zero or more</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>сумма нолден кем емес пүтин сан болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the amount is implausibly large</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>сумма исенимсиз дәрежеде үлкен</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>child-care allowance (child under 2)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>бала 2 жасқа толғанға шекем бала тәрбиясы бойынша напақа</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>allowance for families with children under 14</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>14 жасқа шекем балалары болған шаңарақларға напақа</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>material aid for low-income families</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>кем тәмийинленген шаңарақларға материаллық жәрдем</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the defence bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} қорғаныў уйымларында хызмет етеди: олардың шаңарақлары бул жәрдемди ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the internal affairs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} ишки ислер уйымларында хызмет етеди: олардың шаңарақлары бул жәрдемди ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the emergency situations bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} айрықша жағдайлар уйымларында хызмет етеди: олардың шаңарақлары бул жәрдемди ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the state security bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} мәмлекетлик қәўипсизлик хызметинде ислейди: олардың шаңарақлары бул жәрдемди ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the national guard bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} Миллий гвардияда хызмет етеди: олардың шаңарақлары бул жәрдемди ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the customs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} бажыхана уйымларында хызмет етеди: олардың шаңарақлары бул жәрдемди ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is at or below the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Ҳәр бир адамға айлық дәрамат {per_capita} (шаңарақта {size} адам), бул {threshold} шегинен аспайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is above the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Ҳәр бир адамға айлық дәрамат {per_capita} (шаңарақта {size} адам), бул {threshold} шегинен жоқары</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Declared assets worth {assets} exceed the limit of {limit}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Көрсетилген мүлктиң баҳасы {assets}, бул {limit} шегинен асады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} is {months} months old</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>{name}: {months} айлық</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Шаңарақта 2 жасқа толмаған бала жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{count} children under 14 in the family</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Шаңарақтағы 14 жасқа шекемги балалар: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Шаңарақта 14 жасқа шекемги бала жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>entry {seq} is missing</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>№ {seq} жазыў жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>it does not follow the entry before it (removed or reordered)</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол алдыңғы жазыўдан кейин келмейди (өширилген ямаса орны алмастырылған)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>its content was changed after it was written</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның мазмуны жазылғаннан кейин өзгертилген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол бийкарланған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның әмел етиў мүддети {date} күни питкен</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол тек {date} күнинен баслап әмел етеди</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>nothing left on the prescription</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>рецепт бойынша ҳеш нәрсе қалмады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>out of stock</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>қоймада жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>low stock: {count} left</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>қор аз: {count} қалды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>белгисиз идентификация усылы «{method}»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a supervisor</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>қол менен тастыйықлаў ушын басшы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the overriding supervisor is not known</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>тастыйықлаўшы басшы белгисиз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>Fills {action} in “Your role ({role}) may not {action}. Ask a supervisor.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>шахсты қол менен тастыйықлаў</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>қол менен тастыйықлаў ушын жазба түрдеги себеп керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>басшы ҳәм себеп тек қол менен тастыйықлаўда көрсетиледи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>дәрилер</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>choose at least one medicine to hand out</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бериў ушын кеминде бир дәрини таңлаң</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>quantity</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>саны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>must be a whole number above zero</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>нолден үлкен пүтин сан болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the same prescription line is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>рецепттиң бир қатары еки мәрте көрсетилген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>this is not a prescription of this patient</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бул усы наўқастың рецепти емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong. The details are in the log file; please tell IT.</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Бир нәрсе надурыс болды. Толығырақ мағлыўмат журнал файлында; IT қәнигесине хабар бериң.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>face templates</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>жүз үлгилери</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>none were captured</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бири де алынбады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>reason</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>себеп</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>a written reason is required</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>жазба түрдеги себеп керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>PINFL (JShShIR)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ПИНФЛ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>IIN</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must contain digits only</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ол тек цифрлардан ибарат болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must have {length} digits, not {count}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>онда {count} емес, {length} цифр болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the check digit does not match</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>қадағалаў цифры сәйкес келмейди</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the century and sex digit must be 1 to 6</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>әсир ҳәм жыныс цифры 1 ден 6 ға шекем болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is impossible</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ондағы туўылған сәне мүмкин емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is in the future</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ондағы туўылған сәне еле келмеген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>биринши күн</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the last day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ақырғы күн</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>дәўир</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day is after the last day</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>биринши күн ақырғы күннен кейин</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>school</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>мектеп</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>no such school at this site</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бул мекемеде бундай мектеп жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>student</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>оқыўшы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>not a student of this school</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бул мектептиң оқыўшысы емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>PIN</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>at least {count} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>кеминде {count} белги</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>operator</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>no such operator</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бундай оператор жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>receipt</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>квитанция</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бундай номерли дәри бериў жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>nurse</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>медбийке</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>canteen staff</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>асхана хызметкери</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>inspector</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>инспектор</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>supervisor</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>басшы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>дәри бериў</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <source>serve school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>мектеп аўқатын бериў</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>export meal reports</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>аўқатланыў есабатларын экспортлаў</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>арзаларды дизимге алыў</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>enroll a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>пуқараның жүзин сақлаў</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>remove a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>пуқараның жүзин өшириў</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>change settings</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>сазлаўларды өзгертиў</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Per-capita monthly income at or below which a family counts as low-income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Шаңарақ кем тәмийинленген деп есапланатуғын ҳәр бир адамға айлық дәрамат шеги</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Total declared asset value above which material aid is not recommended</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Материаллық жәрдем усынылмайтуғын көрсетилген мүлктиң улыўма баҳасының шеги</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a whole number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>пүтин сан болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>сан болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be yes or no</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>«аўа» ямаса «яқ» болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be text</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>текст болыўы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>there is no such setting</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бундай сазлаў жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>the disk failed to read or write ({detail})</source>
        <extracomment>Fills {reason} in “The terminal's data store failed: {reason}. Nothing was recorded.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>диск мағлыўматты оқый ямаса жаза алмады ({detail})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>онда басқа бағдарламаның кестелери бар</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>сүўретлерде бир адам емес: қайтадан баслаң</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not a picture in a known format</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>бул белгили форматтағы сүўрет емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is damaged or incomplete</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>файл бузылған ямаса толық емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <location filename="../../biometrics/sources.py"/>
        <source>the file does not exist</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”
Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is a folder, not a file</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>бул папка, файл емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>файл бос</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it has no pixels</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>онда пиксельлер жоқ</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the frame</source>
        <extracomment>Fills {name} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>кадр</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not an 8-bit picture</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>бул 8 битли сүўрет емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>кадрға басқа жүз кирди: қайтадан баслаң</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>адам соралғанды орынлады</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>көз ўақтында жумылып ашылмады: сүўрет ямаса экран көз жума алмайды</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>бас ўақтында бурылмады: сүўрет ямаса экран бурыла алмайды</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>face_recognition_models пакети орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>dlib китапханасы орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too far from the camera: come closer</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>камерадан жүдә узақ: жақынырақ келиң</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too dark: add light in front of the face</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>жүдә қараңғы: жүздиң алдына жақтылық түсириң</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too bright: move out of direct light</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>жүдә жақты: туўрыдан-туўры түскен жақтылықтан шетке шығың</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>blurred: hold still and look at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>анық емес: қозғалмай, камераға қараң</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>turned away: look straight at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>жүз бурылған: камераға туўры қараң</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>eyes closed: keep the eyes open</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>көз жумылған: көзиңизди ашық услаң</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>several faces: only the person to identify may face the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>бир неше жүз: камера алдында тек тексерилетуғын адам болсын</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>the face is partly out of view: move to the centre</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>жүздиң бир бөлеги кадрдан тыс: ортаға өтиң</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>no camera with this number is connected</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>бул номерли камера жалғанбаған</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>this user may not use it (ask IT to allow video)</source>
        <extracomment>Fills {reason} in “{source} failed: {reason}.”</extracomment>
        <translation>бул пайдаланыўшыға руқсат жоқ (IT қәнигесинен видеоға руқсат бериўди сораң)</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>бул терминал бул видеоны ойната алмайды</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>бундай папка жоқ</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>бул санлар дизими емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>онда шекли сан болмаған мәни бар</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they are not lists of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>булар санлар дизими емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>олардың биринде шекли сан болмаған мәни бар</translation>
    </message>
    <message>
        <location filename="../../sync/client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>тармақсыз жазылған жазыўлар</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>өзгерислери ямаса курсоры жоқ өзгерислер бети</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>жуўап ўақтында келмеди</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>байланыс жоқ</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>жуўап үзилип қалды</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>server error</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>сервер қәтеси</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>бул терминал дизимнен өтпеген</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip денеси бузылған</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>too many</source>
        <extracomment>Fills {count} in “The batch holds {count} acts; the registry takes at most {limit} at once.”</extracomment>
        <translation>жүдә көп</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip денеси кесилген</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the device, time, nonce and signature headers are required</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>қурылма, ўақыт, nonce ҳәм қолтаңба сарлаўҳалары керек</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>ўақыт сарлаўҳасы жылжыўы бар ISO 8601 ўақты емес</translation>
    </message>
    <message>
        <location filename="../../sync/server/db.py"/>
        <source>use sqlite:///PATH or postgresql://...</source>
        <extracomment>Fills {reason} in “The registry database {url} cannot be used: {reason}.”</extracomment>
        <translation>sqlite:///PATH ямаса postgresql://... пайдаланың</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>the public key is not a base64 Ed25519 key</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>ашық гилт base64 түриндеги Ed25519 гилти емес</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>this public key is enrolled already; generate a new one</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>бул ашық гилт бурын дизимнен өткен; жаңасын жаратың</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>template</source>
        <extracomment>Fills {source} in “{source}: {reason}.”</extracomment>
        <translation>үлги</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>the encoding is not 128 float32 values</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>кодлаў 128 float32 мәнисинен ибарат емес</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>only .csv and .json files can be imported</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>тек .csv ҳәм .json файлларын импортлаўға болады</translation>
    </message>
    <message>
        <location filename="../../sync/server/records.py"/>
        <source>it belongs to a citizen the registry does not hold</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>ол реестрде жоқ пуқараға тийисли</translation>
    </message>
    <message>
        <location filename="../../sync/server/seed.py"/>
        <source>it is in the registry already</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>ол реестрде бурыннан бар</translation>
    </message>
</context>
</TS>
