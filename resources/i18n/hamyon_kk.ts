<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).</extracomment>
        <translation>Бірдеңе дұрыс болмады.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {kind} is not valid: {reason}. Please check it against the document.</source>
        <extracomment>An error message (terminal.core.errors.InvalidIdNumber).</extracomment>
        <translation>{kind} жарамсыз: {reason}. Оны құжатпен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{field}: '{value}' is not a valid date; use YYYY-MM-DD.</source>
        <extracomment>An error message (terminal.core.errors.InvalidDate).</extracomment>
        <translation>{field}: «{value}» күн емес; оны 2025-12-31 (жыл-ай-күн) түрінде енгізіңіз.</translation>
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
        <translation>Жеке сәйкестендіру нөмірі жарамсыз ({name}): {reason}. Оны құжатпен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No citizen with this ID number is registered at this site.</source>
        <extracomment>An error message (terminal.core.errors.UnknownCitizen).</extracomment>
        <translation>Мұндай сәйкестендіру нөмірі бар азамат осы мекемеде тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Your role ({role}) may not {action}. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.PermissionDenied).</extracomment>
        <translation>Сіздің рөліңізде ({role}) {action} құқығы жоқ. Жетекшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This operator is not registered on this terminal or is disabled.</source>
        <extracomment>An error message (terminal.core.errors.UnknownOperator).</extracomment>
        <translation>Бұл оператор осы терминалда тіркелмеген немесе өшірілген.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen must be identified first: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.IdentificationRequired).</extracomment>
        <translation>Алдымен азаматтың жеке басын анықтау керек: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Prescription {number} cannot be dispensed: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.PrescriptionNotDispensable).</extracomment>
        <translation>№ {number} рецепт бойынша дәрі беруге болмайды: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {remaining} remain on the prescription.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsPrescription).</extracomment>
        <translation>{drug}: {requested} сұралды, бірақ рецепт бойынша тек {remaining} қалды.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {in_stock} are in stock.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsStock).</extracomment>
        <translation>{drug}: {requested} сұралды, бірақ қоймада тек {in_stock} бар.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen's consent to store their face is required before it can be enrolled.</source>
        <extracomment>An error message (terminal.core.errors.ConsentRequired).</extracomment>
        <translation>Азаматтың бет-бейнесін сақтау үшін оның келісімі қажет.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This face already matches another citizen's enrolled face. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.FaceEnrolledForAnother).</extracomment>
        <translation>Бұл бет-бейне басқа азаматтың сақталған бет-бейнесіне сәйкес келеді. Жетекшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} is not eligible for free meals at this school.</source>
        <extracomment>An error message (terminal.core.errors.NotEligibleForMeals).</extracomment>
        <translation>{student} бұл мектепте тегін тамақтануға құқылы емес.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} has already had {session} today (served at {served_at}). Not recorded again.</source>
        <extracomment>An error message (terminal.core.errors.MealAlreadyServed).</extracomment>
        <translation>{student} бүгін тамақтанып қойған: «{session}» (сағат {served_at}). Қайта жазылмады.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This meal session does not exist at this school.</source>
        <extracomment>An error message (terminal.core.errors.UnknownMealSession).</extracomment>
        <translation>Бұл мектепте мұндай тамақтану уақыты жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This application was submitted on {submitted_at} and can no longer be changed.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationNotEditable).</extracomment>
        <translation>Бұл өтініш {submitted_at} күні берілген, оны енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The application is not complete: {missing}.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationIncomplete).</extracomment>
        <translation>Өтініш толық толтырылмаған, жетіспейді: {missing}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This family already has a submitted application for {benefit} (submitted on {submitted_on}).</source>
        <extracomment>An error message (terminal.core.errors.DuplicateApplication).</extracomment>
        <translation>Бұл отбасы өтінішті бұрын берген: {benefit} ({submitted_on} күні берілген).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No such application on this terminal.</source>
        <extracomment>An error message (terminal.core.errors.UnknownApplication).</extracomment>
        <translation>Бұл терминалда мұндай өтініш жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The terminal's data store failed: {reason}. Nothing was recorded.</source>
        <extracomment>An error message (terminal.core.errors.StoreError).</extracomment>
        <translation>Терминалдың деректер қоймасында ақау: {reason}. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The disk is full: nothing was recorded. Free some space, then try again.</source>
        <extracomment>An error message (terminal.core.errors.StoreFull).</extracomment>
        <translation>Диск толы: ештеңе жазылмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data folder {path} cannot be written to: nothing was recorded. Ask IT to check the disk.</source>
        <extracomment>An error message (terminal.core.errors.StoreReadOnly).</extracomment>
        <translation>Деректер қалтасына ({path}) жазу мүмкін емес: ештеңе жазылмады. IT маманынан дискіні тексеруді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store is busy with another task: nothing was recorded. Try again in a moment.</source>
        <extracomment>An error message (terminal.core.errors.StoreBusy).</extracomment>
        <translation>Деректер қоймасы басқа жұмыспен бос емес: ештеңе жазылмады. Сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged or is not a Hamyon store: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.StoreCorrupt).</extracomment>
        <translation>Деректер қоймасы ({path}) бүлінген немесе Hamyon қоймасы емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>Деректер қоймасы ({path}) Hamyon бағдарламасының жаңарақ нұсқасымен жазылған: бұл терминалды жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>Терминал әлі бапталмаған: алдымен 'hamyon setup' немесе 'hamyon demo' командасын орындаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>Аты немесе PIN-коды қате. Қайталап көріңіз немесе жетекшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>Басып шығаруға арналған қаріп табылмады (DejaVu Sans): fonts-dejavu-core бумасын орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulate.NothingToSimulate).</extracomment>
        <translation>«{what}» үшін модельдейтін ештеңе жоқ: бұл мекемеде оған операторлар, мектептер немесе дәрілер жоқ.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The Face-ID engine failed.</source>
        <extracomment>An error message (biometrics.errors.BiometricsError).</extracomment>
        <translation>Face-ID модулінде ақау болды.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face models are not installed ({detail}). Reinstall Hamyon Terminal.</source>
        <extracomment>An error message (biometrics.errors.ModelsMissing).</extracomment>
        <translation>Бет-бейнені тану модельдері орнатылмаған ({detail}). Hamyon Terminal бағдарламасын қайта орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} cannot be used as a picture: {reason}.</source>
        <extracomment>An error message (biometrics.errors.BadImage).</extracomment>
        <translation>Суретті пайдалану мүмкін емес ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} is too large ({size}); the limit is {limit}. Use a smaller picture.</source>
        <extracomment>An error message (biometrics.errors.ImageTooLarge).</extracomment>
        <translation>Сурет тым үлкен ({name}, {size}); шегі — {limit}. Кішірек суретті пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>No face was found in {name}.</source>
        <extracomment>An error message (biometrics.errors.NoFace).</extracomment>
        <translation>Бет-бейне табылмады ({name}).</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{count} faces of similar size are in {name}: the picture must show only one person.</source>
        <extracomment>An error message (biometrics.errors.SeveralFaces).</extracomment>
        <translation>Суретте ({name}) өлшемі ұқсас бірнеше бет-бейне бар ({count}): суретте тек бір адам болуы керек.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face in {name} is not good enough: {reason}.</source>
        <extracomment>An error message (biometrics.errors.LowQuality).</extracomment>
        <translation>Суреттегі бет-бейне сапасы жеткіліксіз ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>A face template must be 128 finite numbers: {reason}.</source>
        <extracomment>An error message (biometrics.errors.InvalidTemplate).</extracomment>
        <translation>Бет-бейне үлгісі 128 шектеулі саннан тұруы керек: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face could not be enrolled: {reason}.</source>
        <extracomment>An error message (biometrics.errors.EnrollmentIncomplete).</extracomment>
        <translation>Бет-бейнені сақтау мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} failed: {reason}.</source>
        <extracomment>An error message (biometrics.errors.CameraError).</extracomment>
        <translation>Бейне көзінде ақау ({source}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} was not found: {hint}.</source>
        <extracomment>An error message (biometrics.errors.CameraNotFound).</extracomment>
        <translation>Бейне көзі табылмады ({source}): {hint}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} is in use by another program: close that program, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraBusy).</extracomment>
        <translation>Бейне көзін ({source}) басқа бағдарлама пайдаланып жатыр: сол бағдарламаны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} stopped sending pictures: check its cable or file, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraLost).</extracomment>
        <translation>Бейне көзі ({source}) кескін жіберуді тоқтатты: кабельді немесе файлды тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation failed.</source>
        <extracomment>An error message (sync.errors.SyncError).</extracomment>
        <translation>Синхрондау сәтсіз аяқталды.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.</source>
        <extracomment>An error message (sync.errors.RegistryUnreachable).</extracomment>
        <translation>Тізіліммен байланыс жоқ ({url}): {reason}. Терминал желісіз жұмысын жалғастырады.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry answered with an error ({status}: {reason}). It will be tried again.</source>
        <extracomment>An error message (sync.errors.RegistryFailed).</extracomment>
        <translation>Тізілім қатемен жауап берді ({status}: {reason}). Кейін қайта әрекет жасалады.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused the request: {reason}</source>
        <extracomment>An error message (sync.errors.RegistryRefused).</extracomment>
        <translation>Тізілім сұрауды қабылдамады: {reason}</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is not connected to a registry: run 'hamyon setup --registry URL --code CODE'.</source>
        <extracomment>An error message (sync.errors.NotEnrolled).</extracomment>
        <translation>Терминал тізілімге қосылмаған: 'hamyon setup --registry URL --code CODE' командасын орындаңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is already connected to {registry} as device {device}; use an empty --home.</source>
        <extracomment>An error message (sync.errors.AlreadyEnrolled).</extracomment>
        <translation>Терминал тізілімге ({registry}) {device} құрылғысы ретінде қосылып қойған; бос --home қалтасын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This home already holds a site that is not from a registry ({facility}); use an empty --home.</source>
        <extracomment>An error message (sync.errors.HomeNotEmpty).</extracomment>
        <translation>Бұл қалтада тізілімнен емес мекеме бар ({facility}); бос --home қалтасын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device key {path} is missing or unreadable: the terminal must be set up again.</source>
        <extracomment>An error message (sync.errors.KeyMissing).</extracomment>
        <translation>Құрылғы кілті ({path}) жоқ немесе оқылмайды: терминалды қайта баптау керек.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{count} acts wait for earlier ones the registry refused ({reason}); ask a supervisor.</source>
        <extracomment>An error message (sync.errors.PushStalled).</extracomment>
        <translation>Кезектегі жазбалар: {count}; олар тізілім қабылдамаған алдыңғы жазбаларды күтіп тұр ({reason}). Жетекшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation was cancelled; it resumes where it stopped.</source>
        <extracomment>An error message (sync.errors.SyncCancelled).</extracomment>
        <translation>Синхрондау тоқтатылды; ол тоқтаған жерінен жалғасады.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request is malformed: {reason}.</source>
        <extracomment>An error message (sync.errors.BadRequest).</extracomment>
        <translation>Сұрау қате құрылған: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device is not enrolled at the registry.</source>
        <extracomment>An error message (sync.errors.UnknownDevice).</extracomment>
        <translation>Бұл құрылғы тізілімде тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request's signature does not match the device's key.</source>
        <extracomment>An error message (sync.errors.BadSignature).</extracomment>
        <translation>Сұраудың қолтаңбасы құрылғы кілтіне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device clock is off by more than {limit} seconds from the registry's ({server_time}).</source>
        <extracomment>An error message (sync.errors.ClockSkew).</extracomment>
        <translation>Құрылғы сағаты тізілім сағатынан ({server_time}) {limit} секундтан көп ауытқыған.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This request was already received once (a replay); it is ignored.</source>
        <extracomment>An error message (sync.errors.ReplayedRequest).</extracomment>
        <translation>Бұл сұрау бұрын қабылданған (қайталау); ол ескерілмейді.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device was revoked at the registry; a supervisor must set the terminal up again.</source>
        <extracomment>An error message (sync.errors.DeviceRevoked).</extracomment>
        <translation>Бұл құрылғы тізілімде кері қайтарылған; жетекші терминалды қайта баптауы керек.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The enrollment code is unknown, used already or expired: ask the registry for a new one.</source>
        <extracomment>An error message (sync.errors.EnrollmentCodeInvalid).</extracomment>
        <translation>Қосылу коды белгісіз, бұрын қолданылған немесе мерзімі өткен: тізілімнен жаңасын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The batch holds {count} acts; the registry takes at most {limit} at once.</source>
        <extracomment>An error message (sync.errors.BatchTooLarge).</extracomment>
        <translation>Пакеттегі жазбалар саны: {count}; тізілім бір реттен ең көбі {limit} жазба қабылдайды.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is encoded as {encoding}; send identity or gzip.</source>
        <extracomment>An error message (sync.errors.UnsupportedEncoding).</extracomment>
        <translation>Сұрау денесі {encoding} түрінде кодталған; identity немесе gzip жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry speaks protocol versions {supported}; this terminal sent {sent}. Update it.</source>
        <extracomment>An error message (sync.errors.ProtocolUnsupported).</extracomment>
        <translation>Тізілім хаттаманың {supported} нұсқаларын қолдайды; терминал {sent} нұсқасын жіберді. Терминалды жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry is busy or its database is unavailable; try again shortly.</source>
        <extracomment>An error message (sync.errors.RegistryBusy).</extracomment>
        <translation>Тізілім бос емес немесе оның дерекқоры қолжетімсіз; сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry database {url} cannot be used: {reason}.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseError).</extracomment>
        <translation>Тізілім дерекқорын ({url}) пайдалану мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>There is no registry database at {path}: check the --db address.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseMissing).</extracomment>
        <translation>{path} жолында тізілім дерекқоры жоқ: --db мекенжайын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry has no facility {facility}: seed or import it first.</source>
        <extracomment>An error message (sync.errors.UnknownFacility).</extracomment>
        <translation>Тізілімде {facility} мекемесі жоқ: алдымен оны жасаңыз немесе импорттаңыз.</translation>
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
        <translation>Өтінеміз, көзіңізді баяу жұмып ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your left.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Өтінеміз, басыңызды баяу солға бұрыңыз.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your right.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Өтінеміз, басыңызды баяу оңға бұрыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>benefit type</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>көмек түрі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed benefits</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>тізімдегі көмек түрлерінің бірін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>name</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>a family member</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>отбасы мүшесі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>birth date</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>туған күні</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it does not match the birth date in the ID number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>жеке сәйкестендіру нөміріндегі туған күнге сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>relation</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>туыстық</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed relations</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>тізімнен туыстық дәрежесін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>place of work</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>unknown body</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>белгісіз орган</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the family member's name is empty</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>отбасы мүшесінің аты-жөні жазылмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>occupation</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>кәсібі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>family members</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>отбасы мүшелері</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the same ID number is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бір сәйкестендіру нөмірі екі рет жазылған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>only one person can be the applicant</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>өтініш беруші тек бір адам бола алады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>табыс</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it belongs to someone not in the family</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ол отбасына кірмейтін адамға тиесілі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income source</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>табыс көзі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed sources</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>тізімнен табыс көзін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>monthly income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>айлық табыс</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>мүлік</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed kinds</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>тізімнен түрін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset value</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мүлік құны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset description</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мүлік сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мекенжай</translation>
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
        <translation>өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the benefit type</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>көмек түрі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant's consent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>өтініш берушінің келісімі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>at most {limit} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ең көбі {limit} таңба</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it contains control characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>онда басқару таңбалары бар</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>must be a whole amount, zero or more</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>сома нөлден кем емес бүтін сан болуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the amount is implausibly large</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>сома сенгісіз үлкен</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>child-care allowance (child under 2)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>2 жасқа дейінгі баланы күтуге арналған жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>allowance for families with children under 14</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>14 жасқа дейінгі балалары бар отбасыларға жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>material aid for low-income families</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>аз қамтылған отбасыларға материалдық көмек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the defence bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} қорғаныс органдарында қызмет етеді: олардың отбасылары бұл көмекті ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the internal affairs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} ішкі істер органдарында қызмет етеді: олардың отбасылары бұл көмекті ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the emergency situations bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} төтенше жағдайлар органдарында қызмет етеді: олардың отбасылары бұл көмекті ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the state security bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} ұлттық қауіпсіздік органдарында қызмет етеді: олардың отбасылары бұл көмекті ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the national guard bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} Ұлттық ұланда қызмет етеді: олардың отбасылары бұл көмекті ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the customs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} кеден органдарында қызмет етеді: олардың отбасылары бұл көмекті ала алмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is at or below the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Жан басына шаққандағы айлық табыс {per_capita} (отбасында {size} адам), бұл {threshold} шегінен аспайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is above the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Жан басына шаққандағы айлық табыс {per_capita} (отбасында {size} адам), бұл {threshold} шегінен жоғары</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Declared assets worth {assets} exceed the limit of {limit}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Көрсетілген мүліктің құны {assets}, бұл {limit} шегінен асады</translation>
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
        <translation>Отбасында 2 жасқа толмаған бала жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{count} children under 14 in the family</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Отбасындағы 14 жасқа дейінгі балалар: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Отбасында 14 жасқа дейінгі бала жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>entry {seq} is missing</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>№ {seq} жазба жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>it does not follow the entry before it (removed or reordered)</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол алдыңғы жазбадан кейін келмейді (жойылған немесе орны ауыстырылған)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>its content was changed after it was written</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның мазмұны жазылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол күшін жойған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның қолданылу мерзімі {date} күні өткен</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол тек {date} күнінен бастап жарамды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>nothing left on the prescription</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>рецепт бойынша ештеңе қалмады</translation>
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
        <translation>белгісіз сәйкестендіру тәсілі «{method}»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a supervisor</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>қолмен растау үшін жетекші керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the overriding supervisor is not known</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>растаушы жетекші белгісіз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>Fills {action} in “Your role ({role}) may not {action}. Ask a supervisor.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>жеке басты қолмен растау</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>қолмен растау үшін жазбаша себеп керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>жетекші мен себеп тек қолмен растауда көрсетіледі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>дәрілер</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>choose at least one medicine to hand out</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>беру үшін кемінде бір дәріні таңдаңыз</translation>
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
        <translation>нөлден үлкен бүтін сан болуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the same prescription line is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>рецептің бір жолы екі рет көрсетілген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>this is not a prescription of this patient</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бұл осы науқастың рецепті емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong. The details are in the log file; please tell IT.</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Бірдеңе дұрыс болмады. Толығырақ мәлімет журнал файлында; IT маманына хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>face templates</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>бет-бейне үлгілері</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>none were captured</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>біреуі де алынбады</translation>
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
        <translation>жазбаша себеп керек</translation>
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
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must contain digits only</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ол тек цифрлардан тұруы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must have {length} digits, not {count}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>онда {count} емес, {length} цифр болуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the check digit does not match</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>бақылау цифры сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the century and sex digit must be 1 to 6</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ғасыр мен жыныс цифры 1-ден 6-ға дейін болуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is impossible</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ондағы туған күн мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is in the future</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>ондағы туған күн әлі келмеген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>бірінші күн</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the last day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>соңғы күн</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>кезең</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day is after the last day</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бірінші күн соңғы күннен кейін</translation>
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
        <translation>бұл мекемеде мұндай мектеп жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>student</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>оқушы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>not a student of this school</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бұл мектептің оқушысы емес</translation>
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
        <translation>кемінде {count} таңба</translation>
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
        <translation>мұндай оператор жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>receipt</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>түбіртек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>мұндай нөмірлі дәрі беру жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>nurse</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>медбике</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>canteen staff</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>асхана қызметкері</translation>
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
        <translation>жетекші</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>дәрі беру</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <source>serve school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>мектеп тамағын беру</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>export meal reports</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>тамақтану есептерін экспорттау</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>өтініштерді тіркеу</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>enroll a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>азаматтың бет-бейнесін сақтау</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>remove a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>азаматтың бет-бейнесін жою</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>change settings</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>баптауларды өзгерту</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Per-capita monthly income at or below which a family counts as low-income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Отбасы аз қамтылған деп саналатын жан басына шаққандағы айлық табыс шегі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Total declared asset value above which material aid is not recommended</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Материалдық көмек ұсынылмайтын көрсетілген мүліктің жалпы құнының шегі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a whole number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>бүтін сан болуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>сан болуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be yes or no</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>«иә» немесе «жоқ» болуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be text</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мәтін болуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>there is no such setting</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>мұндай баптау жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>the disk failed to read or write ({detail})</source>
        <extracomment>Fills {reason} in “The terminal's data store failed: {reason}. Nothing was recorded.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>диск деректі оқи немесе жаза алмады ({detail})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>онда басқа бағдарламаның кестелері бар</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>суреттерде бір адам емес: қайтадан бастаңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not a picture in a known format</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>бұл белгілі пішімдегі сурет емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is damaged or incomplete</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>файл бүлінген немесе толық емес</translation>
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
        <translation>бұл қалта, файл емес</translation>
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
        <translation>онда пиксельдер жоқ</translation>
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
        <translation>бұл 8 биттік сурет емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>кадрға басқа бет-бейне кірді: қайтадан бастаңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>адам сұралғанды орындады</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>көз уақытында жұмылып ашылмады: сурет немесе экран көз жұма алмайды</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>бас уақытында бұрылмады: сурет немесе экран бұрыла алмайды</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>face_recognition_models бумасы орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>dlib кітапханасы орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too far from the camera: come closer</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>камерадан тым алыс: жақынырақ келіңіз</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too dark: add light in front of the face</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>тым қараңғы: бет алдына жарық түсіріңіз</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too bright: move out of direct light</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>тым жарық: тікелей түскен жарықтан шетке шығыңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>blurred: hold still and look at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>бұлыңғыр: қозғалмай, камераға қараңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>turned away: look straight at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>бет бұрылған: камераға тура қараңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>eyes closed: keep the eyes open</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>көз жұмулы: көзіңізді ашық ұстаңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>several faces: only the person to identify may face the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>бірнеше бет: камера алдында тек тексерілетін адам болсын</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>the face is partly out of view: move to the centre</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>бет ішінара кадрдан тыс: ортаға жылжыңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>no camera with this number is connected</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>бұл нөмірлі камера қосылмаған</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>this user may not use it (ask IT to allow video)</source>
        <extracomment>Fills {reason} in “{source} failed: {reason}.”</extracomment>
        <translation>бұл пайдаланушыға рұқсат жоқ (IT маманынан бейнеге рұқсат беруді сұраңыз)</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>бұл терминал бұл бейнені ойната алмайды</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>мұндай қалта жоқ</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>бұл сандар тізімі емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>онда шектеулі сан емес мән бар</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they are not lists of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>бұлар сандар тізімі емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>олардың бірінде шектеулі сан емес мән бар</translation>
    </message>
    <message>
        <location filename="../../sync/client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>желісіз жазылған жазбалар</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>өзгерістері немесе курсоры жоқ өзгерістер беті</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>жауап уақытында келмеді</translation>
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
        <translation>жауап үзіліп қалды</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>server error</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>сервер қатесі</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>бұл терминал тіркелмеген</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip денесі бүлінген</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>too many</source>
        <extracomment>Fills {count} in “The batch holds {count} acts; the registry takes at most {limit} at once.”</extracomment>
        <translation>тым көп</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip денесі қиылған</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the device, time, nonce and signature headers are required</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>құрылғы, уақыт, nonce және қолтаңба тақырыптары қажет</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>уақыт тақырыбы ығысуы бар ISO 8601 уақыты емес</translation>
    </message>
    <message>
        <location filename="../../sync/server/db.py"/>
        <source>use sqlite:///PATH or postgresql://...</source>
        <extracomment>Fills {reason} in “The registry database {url} cannot be used: {reason}.”</extracomment>
        <translation>sqlite:///PATH немесе postgresql://... пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>the public key is not a base64 Ed25519 key</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>ашық кілт base64 түріндегі Ed25519 кілті емес</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>this public key is enrolled already; generate a new one</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>бұл ашық кілт бұрын тіркелген; жаңасын жасаңыз</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>template</source>
        <extracomment>Fills {source} in “{source}: {reason}.”</extracomment>
        <translation>үлгі</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>the encoding is not 128 float32 values</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>кодтау 128 float32 мәнінен тұрмайды</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>only .csv and .json files can be imported</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>тек .csv және .json файлдарын импорттауға болады</translation>
    </message>
    <message>
        <location filename="../../sync/server/records.py"/>
        <source>it belongs to a citizen the registry does not hold</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>ол тізілімде жоқ азаматқа тиесілі</translation>
    </message>
    <message>
        <location filename="../../sync/server/seed.py"/>
        <source>it is in the registry already</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>ол тізілімде бұрыннан бар</translation>
    </message>
</context>
</TS>
