<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <location filename="../../biometrics/phrases.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).
An error message (biometrics.phrases.UserError).</extracomment>
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
        <source>The {aid} cannot be handed over: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.AidNotAvailable).</extracomment>
        <translation>«{aid}» құралын беруге болмайды: {reason}.</translation>
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
        <source>The data store at {path} is damaged: {reason}. Nothing more can be recorded on this terminal; ask IT to run 'hamyon store recover' (every act that can still be read is kept).</source>
        <extracomment>An error message (terminal.core.errors.StoreDamaged).</extracomment>
        <translation>Деректер қоймасы ({path}) бүлінген: {reason}. Бұл терминалда енді ештеңе жазуға болмайды; IT маманынан 'hamyon store recover' орындауын сұраңыз (әлі оқылатын барлық жазбалар сақталады).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is sound: there is nothing to recover.</source>
        <extracomment>An error message (terminal.core.errors.StoreSound).</extracomment>
        <translation>Деректер қоймасы ({path}) бүтін: қалпына келтіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data on this terminal cannot be opened: its key is missing or wrong. Ask IT; nothing has been changed.</source>
        <extracomment>An error message (terminal.core.errors.StoreKeyError).</extracomment>
        <translation>Осы терминалдағы деректерді ашу мүмкін емес: кілті жоқ немесе қате. IT маманына хабарласыңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>Деректер қоймасы ({path}) Hamyon бағдарламасының жаңарақ нұсқасымен жазылған: бұл терминалды жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.</source>
        <extracomment>An error message (terminal.core.errors.ClockNotTrusted).</extracomment>
        <translation>Бұл терминалдың сағатына сенуге болмайды: {reason}. Ештеңе жойылмады. Сағатты дұрыстаңыз немесе тізіліммен синхрондаңыз, содан кейін қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>Терминал әлі бапталмаған: алдымен 'hamyon setup' немесе 'hamyon demo' командасын орындаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. Try again after {time}, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLocked).</extracomment>
        <translation>PIN-код тым көп рет қате енгізілді. {time} кейін қайталап көріңіз немесе жетекшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. This operator is locked until a supervisor sets a new PIN.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLockedUntilNewPin).</extracomment>
        <translation>PIN-код тым көп рет қате енгізілді. Жетекші жаңа PIN-код орнатқанша бұл оператор бұғатталған.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>{session} is served from {starts} to {ends}; it is {time} now. A meal outside these hours needs a supervisor's word.</source>
        <extracomment>An error message (terminal.core.meals.MealOutsideHours).</extracomment>
        <translation>«{session}» уақыты: {starts}–{ends}, қазір {time}. Басқа уақытта тамақ тек жетекшінің растауымен беріледі.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>{name} is locked until a new PIN is set: set a new PIN for them instead.</source>
        <extracomment>An error message (terminal.core.operators.LockNeedsNewPin).</extracomment>
        <translation>{name} жаңа PIN-код орнатылғанша бұғатталған: оның орнына оған жаңа PIN-код орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The supervisor's word is not taken: {reason}.</source>
        <extracomment>An error message (terminal.core.operators.WordRefused).</extracomment>
        <translation>Жетекшінің растауы қабылданбады: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>Аты немесе PIN-коды қате. Қайталап көріңіз немесе жетекшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>This is not a medicine pack's code ({reason}). Scan the square code on the pack again.</source>
        <extracomment>An error message (terminal.core.packs.PackUnreadable).</extracomment>
        <translation>Бұл дәрі қаптамасының коды емес ({reason}). Қаптамадағы шаршы кодты қайта сканерлеңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack {serial} cannot be handed out: {reason}.</source>
        <extracomment>An error message (terminal.core.packs.PackRefused).</extracomment>
        <translation>{serial} қаптамасын беруге болмайды: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack scanned is {scanned}, not a medicine being handed out ({expected}).</source>
        <extracomment>An error message (terminal.core.packs.PackWrongMedicine).</extracomment>
        <translation>Сканерленген қаптама — {scanned}, берілетін дәрі емес ({expected}).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>{drug}: scan every pack handed out (none scanned yet).</source>
        <extracomment>An error message (terminal.core.packs.PacksMissing).</extracomment>
        <translation>{drug}: берілетін әр қаптаманы сканерлеңіз (әзірге бірде-біреуі жоқ).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>Басып шығаруға арналған қаріп табылмады (DejaVu Sans): fonts-dejavu-core бумасын орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>Only a dispense, a meal or an aid's hand-over recorded at this terminal can be reversed.</source>
        <extracomment>An error message (terminal.core.reversals.NotReversible).</extracomment>
        <translation>Тек осы терминалда жазылған дәрі беру, тамақ беру немесе құрал берудің ғана күшін жоюға болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>This was reversed already, on {at} by {supervisor}: {reason}.</source>
        <extracomment>An error message (terminal.core.reversals.AlreadyReversed).</extracomment>
        <translation>Мұның күші бұрын жойылған ({at}, {supervisor}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>'hamyon simulate' makes up activity: it runs only on a demo site or on a terminal connected to a registry on this computer, not at {registry}.</source>
        <extracomment>An error message (terminal.core.simulate.SimulationRefused).</extracomment>
        <translation>'hamyon simulate' жалған әрекет жасайды: ол тек демо мекемеде немесе осы компьютердегі тізілімге қосылған терминалда жұмыс істейді, {registry} тізілімінде емес.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulation.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulation.NothingToSimulate).</extracomment>
        <translation>«{what}» үшін модельдейтін ештеңе жоқ: бұл мекемеде оған операторлар, мектептер немесе дәрілер жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>This terminal has not learned the registry's key for USB bundles yet: connect it to the registry once ('hamyon sync') before it can write a bundle.</source>
        <extracomment>An error message (terminal.sync_client.bundle.RegistryKeyUnknown).</extracomment>
        <translation>Терминал әлі тізілімнің флешкадағы пакеттерге арналған кілтін алмаған: пакет жазу үшін оны бір рет тізілімге қосыңыз ('hamyon sync').</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>There is no bundle from the registry for this terminal ({device}) in {where}.</source>
        <extracomment>An error message (terminal.sync_client.bundle.NoBundleHere).</extracomment>
        <translation>{where} ішінде тізілімнен осы терминалға ({device}) арналған пакет жоқ.</translation>
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
        <source>The registry's certificate is not the one this terminal trusts (its fingerprint is {seen}): nothing was sent. Someone may be impersonating the registry; ask a supervisor.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateMismatch).</extracomment>
        <translation>Тізілімнің сертификаты осы терминал сенетін сертификат емес (саусақ ізі: {seen}): ештеңе жіберілмеді. Біреу өзін тізілім ретінде көрсетуі мүмкін; жетекшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry's certificate cannot be verified ({reason}): nothing was sent. Check the registry's address and this terminal's CA bundle.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateUntrusted).</extracomment>
        <translation>Тізілімнің сертификатын тексеру мүмкін болмады ({reason}): ештеңе жіберілмеді. Тізілім мекенжайын және терминалдың CA жинағын тексеріңіз.</translation>
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
        <source>The request body is larger than the registry takes ({limit} bytes).</source>
        <extracomment>An error message (sync.errors.BodyTooLarge).</extracomment>
        <translation>Сұрау көлемі тізілім қабылдайтын көлемнен үлкен ({limit} байт).</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{url} is not an https:// address: citizens' data must not cross the network unencrypted. Ask the registry team for its https:// address.</source>
        <extracomment>An error message (sync.errors.PlainHttpRefused).</extracomment>
        <translation>{url} https:// мекенжайы емес: азаматтардың деректері желі арқылы шифрланбай өтпеуі керек. Тізілім тобынан оның https:// мекенжайын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This registry answers only over HTTPS; use an https:// address.</source>
        <extracomment>An error message (sync.errors.HttpsRequired).</extracomment>
        <translation>Бұл тізілім тек HTTPS арқылы жауап береді; https:// мекенжайын пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.</source>
        <extracomment>An error message (sync.errors.AuditChainBroken).</extracomment>
        <translation>Тізілім аудит журналының {seq}-жазбасын қабылдамады: {reason}. Жетекшіден аудит журналын тексеруді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's audit trail up to entry {head}; entry {seq} cannot follow it.</source>
        <extracomment>An error message (sync.errors.AuditGap).</extracomment>
        <translation>Тізілімде осы терминалдың аудит журналы {head}-жазбаға дейін бар; {seq}-жазба одан кейін келе алмайды.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's acts up to act {head}: it cannot take acts {first} to {last} as lost.</source>
        <extracomment>An error message (sync.errors.GapMismatch).</extracomment>
        <translation>Тізілімде осы терминалдың жазбалары {head}-жазбаға дейін бар: ол {first}–{last}-жазбаларды жоғалған деп қабылдай алмайды.</translation>
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
        <location filename="../../sync/protocol/bundle.py"/>
        <source>This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleDamaged).</extracomment>
        <translation>Бұл файл толық Hamyon пакеті емес ({reason}): ол қабылданбады, ішіндегі ештеңе пайдаланылмады. Пакетті қайта жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle was changed after it was written (its signature does not match): it is refused whole and nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleChanged).</extracomment>
        <translation>Пакет жазылғаннан кейін өзгертілген (қолтаңбасы сәйкес емес): ол толығымен қабылданбады, ішіндегі ештеңе пайдаланылмады.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotForUs).</extracomment>
        <translation>Пакетті мұнда ашу мүмкін емес: ол мынаған мөрленген: {whom}. Ішіндегі ештеңе пайдаланылмады.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle could not be written to {folder} (the stick is full, read-only or was taken out): nothing was left there. Try another stick or folder.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotWritten).</extracomment>
        <translation>Пакетті {folder} ішіне жазу мүмкін болмады (флешка толы, жазудан қорғалған немесе шығарылған): онда ештеңе қалмады. Басқа флешканы немесе қалтаны көріңіз.</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>The request is not signed: the device, time, nonce and signature headers are required (a nonce of at most {limit} characters).</source>
        <extracomment>An error message (sync.server.auth.UnsignedRequest).</extracomment>
        <translation>Сұрауға қол қойылмаған: құрылғы, уақыт, nonce және қолтаңба тақырыптары қажет (nonce ең көбі {limit} таңба).</translation>
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
        <location filename="../../biometrics/liveness.py"/>
        <source>waiting for the person</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>адам күтілуде</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>адам сұралғанды орындады</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>кадрға басқа бет-бейне кірді: қайтадан бастаңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>көз уақытында жұмылып ашылмады: сурет немесе экран көз жұма алмайды</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>бас уақытында бұрылмады: сурет немесе экран бұрыла алмайды</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it comes after an act the registry refused</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ол тізілім қабылдамаған жазбадан кейін келеді</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>an earlier act has not reached the registry yet</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>алдыңғы жазба тізілімге әлі жетпеген</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its number was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>оның нөмірі басқа жазбада қолданылып қойған</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its signature does not match this terminal's key</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>оның қолтаңбасы осы терминалдың кілтіне сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it was changed after it was recorded</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ол жазылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its place in the sequence was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>оның реттегі орнын басқа жазба алып қойған</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it does not follow on from the act before it</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ол алдыңғы жазбаның жалғасы емес</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry does not know this kind of act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>тізілім мұндай жазба түрін білмейді</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its contents are not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>оның мазмұны жарамсыз</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it belongs to another facility</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ол басқа мекемеге тиесілі</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its time is not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>оның уақыты жарамсыз</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it dispenses from another citizen's prescription</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ол басқа азаматтың рецепті бойынша дәрі береді</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the student or the meal session is not of its school</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>оқушы немесе тамақтану уақыты осы мектепке тиесілі емес</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated before this terminal was set up: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>оның күні осы терминал бапталғанға дейінгі: терминалдың сағатын тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated more than a day ahead of the registry: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>оның күні тізілім уақытынан бір тәуліктен артық алда: терминалдың сағатын тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no act of this terminal that may be reversed</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ол осы терминалдағы күшін жоюға болатын ешбір жазбаның күшін жоймайды</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the act it reverses was reversed already</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ол күшін жоятын жазбаның күші бұрын жойылған</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>server error</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>сервер қатесі</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry is busy</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>тізілім бос емес</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry's database cannot be used</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>тізілімнің дерекқорын пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/money.py"/>
        <source>so'm</source>
        <extracomment>A currency's sign after an amount (100 000.00 so'm): as written in this language.</extracomment>
        <translation>сум</translation>
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
        <translation>түбіртек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/act_receipts.py"/>
        <source>no dispense or hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>мұндай нөмірлі дәрі беру немесе құрал беру жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>кезең</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <source>the end comes before the start</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>аяқталу күні басталуынан бұрын</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>mobility</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>қозғалыс</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>hearing</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>есту</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>vision</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>көру</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>prosthesis</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>протездеу</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>care</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>күтім</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>the entitlement was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>құқықтың күші жойылған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>it was already handed over</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол бұрын берілген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>aid</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>құрал</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>this is not an entitlement of this person</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>бұл құқық осы адамға тиесілі емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>no hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>мұндай нөмірлі құрал беру жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>serial number</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>сериялық нөмір</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>type or scan the serial number on the aid's label</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>құрал жапсырмасындағы сериялық нөмірді енгізіңіз немесе сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>use only letters, digits and - / . (at most 64 characters)</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>тек әріптер, цифрлар және - / . белгілерін пайдаланыңыз (ең көбі 64 таңба)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>someone in this family already applied for this benefit in the last 12 months</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>бұл отбасынан біреу соңғы 12 айда осы көмекке өтініш берген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>application</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>өтініш</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>it is not submitted yet</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ол әлі тапсырылмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft: not submitted yet</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Қаралама: әлі тапсырылмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Назар аудару қажет: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: the registry did not take it ({reason})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Назар аудару қажет: тізілім оны қабылдамады ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted on {date}, waiting to be sent to the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{date} күні тапсырылды, тізілімге жіберілуін күтуде</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тізілім қабылдады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тізілім {date} күні қабылдады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Approved by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тізілім {date} күні мақұлдады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Refused by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тізілім {date} күні бас тартты</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry asks for documents (since {date})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тізілім құжаттар сұрайды ({date} күнінен бастап)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Started by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Бастаған: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft last saved</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Қаралама соңғы рет сақталды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тапсырған: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Sending tried {count} times; it is tried again while the terminal is online</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Жіберу әрекеттері: {count}; терминал желіде болғанда қайта жіберіледі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry did not take it: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тізілім оны қабылдамады: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry found that {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тізілім анықтады: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry received a later application that conflicts with this one</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Тізілімге осы өтінішке қайшы келетін кейінгі өтініш түсті</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>{name}, born {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{name}, туған күні {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like {people}; flagged for the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Бет-бейне тексерілді, ұқсас адам: {people}; тізілімнің назарына белгіленді</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it is the applicant's own enrolled face</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Бет-бейне тексерілді: бұл өтініш берушінің өзінің сақталған бет-бейнесі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like nobody else enrolled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Бет-бейне тексерілді: сақталған басқа ешкімге ұқсамайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>the registry found a conflict with another act ({kind})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>тізілім басқа жазбамен қайшылық тапты ({kind})</translation>
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
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Отбасында 2 жасқа толмаған бала жоқ: ең кішісі — {name}, {born} күні туған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Отбасында 14 жасқа дейінгі бала жоқ: ең кішісі — {name}, {born} күні туған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>no purge entry accounts for the removed entries</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>жойылған жазбаларды ешбір тазалау жазбасы түсіндірмейді</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>the purge anchors differ from what the last purge recorded</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>тазалаудың тірек нүктелері соңғы тазалауда жазылғаннан өзгеше</translation>
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
        <location filename="../../terminal/core/dates.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның қолданылу мерзімі {date} күні өткен</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dates.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол тек {date} күнінен бастап жарамды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispense_packs.py"/>
        <source>it was handed out at this terminal on {day}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол {day} күні осы терминалда берілген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол күшін жойған</translation>
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
        <location filename="../../terminal/core/workflows.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
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
        <location filename="../../terminal/core/exports.py"/>
        <source>Exported by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Экспорттады: {operator}, {time}, {device} терминалынан</translation>
    </message>
    <message>
        <location filename="../../terminal/core/exports.py"/>
        <source>Printed by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Басып шығарды: {operator}, {time}, {device} терминалынан</translation>
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
        <location filename="../../terminal/core/operators.py"/>
        <location filename="../../terminal/core/reversals.py"/>
        <source>write the reason</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>себебін жазыңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>enroll a look-alike face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ұқсас бет-бейнені сақтау</translation>
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
        <location filename="../../terminal/core/identification.py"/>
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>белгісіз сәйкестендіру тәсілі «{method}»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/identification.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>жетекші мен себеп тек қолмен растауда көрсетіледі</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (PINFL)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Сәйкестендіру нөмірі (ПИНФЛ)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (IIN)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Сәйкестендіру нөмірі (ЖСН)</translation>
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
        <source>Breakfast</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Таңғы ас</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Lunch</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Түскі ас</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Afternoon snack</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Бесін ас</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Dinner</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Кешкі ас</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>confirm a meal outside its hours</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>уақытынан тыс тамақты растау</translation>
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
        <source>a supervisor other than you must give it</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>оны сізден басқа жетекші беруі керек</translation>
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
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>қолмен растау үшін жазбаша себеп керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override must be signed by a supervisor other than you</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>қолмен растауға сізден басқа жетекші қол қоюы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a supervisor's signature</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>растау үшін жетекшінің қолы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>this override was signed for another citizen or operator</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>бұл растауға басқа азамат немесе оператор үшін қол қойылған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override has expired or was already used; ask the supervisor again</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>растаудың мерзімі өткен немесе ол пайдаланылып қойған; жетекшіден қайта сұраңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>nothing was scanned</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ештеңе сканерленбеді</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it is not a GS1 code</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>бұл GS1 коды емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has no product code and serial number</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>онда тауар коды мен сериялық нөмір жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>the product code's check digit is wrong</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>тауар кодының бақылау цифры қате</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has expired</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>жарамдылық мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it was scanned already for this hand-out</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ол осы беру үшін бұрын сканерленген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>search</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>іздеу</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>type at least two letters of the name</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>атының кемінде екі әрпін енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>мұндай нөмірлі дәрі беру жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a recorded act</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>жазбаның күшін жою</translation>
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
        <source>social worker</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>әлеуметтік қызметкер</translation>
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
        <location filename="../../terminal/core/workflows.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>дәрі беру</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <location filename="../../terminal/core/workflows.py"/>
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
        <location filename="../../terminal/core/workflows.py"/>
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>өтініштерді тіркеу</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>hand over technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>техникалық құралдарды беру</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>жеке басты қолмен растау</translation>
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
        <location filename="../../terminal/core/roles.py"/>
        <source>manage operators</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>операторларды басқару</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>read the audit trail</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>аудит журналын оқу</translation>
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
        <source>Minutes without use after which the terminal locks its screen</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Пайдаланылмаса, терминал экранын құлыптайтын минуттар саны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which the face templates of a citizen not seen here are erased</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Мұнда келмеген азаматтың бет-бейне үлгілері өшірілетін күндер саны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which acts the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Тізілімде сақталған операциялар осы терминалдан жойылатын күндер саны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which audit entries the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Тізілімде сақталған аудит жазбалары осы терминалдан жойылатын күндер саны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which application drafts not touched since are discarded</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Содан бері өзгертілмеген өтініш қараламалары жойылатын күндер саны</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Every medicine pack is scanned at hand-out (the square code on it)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Әр дәрі қаптамасы беру кезінде сканерленеді (ондағы шаршы код)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The character the pack scanner types for a group separator</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Қаптама сканері топ бөлгішінің орнына енгізетін таңба</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The Face-ID instructions are spoken aloud in the elderly mode</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Егде адамдарға арналған режимде Face-ID нұсқаулары дауыстап айтылады</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Loudness of the spoken guidance, in percent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Дауыстық нұсқаулардың қаттылығы, пайызбен</translation>
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
        <source>it must be from {low} to {high}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол {low} мен {high} аралығында болуы керек</translation>
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
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>онда басқа бағдарламаның кестелері бар</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it is not a whole number of database pages</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>оның көлемі дерекқор беттерінің бүтін санына тең емес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>its encrypted copy did not match; the original is kept</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>оның шифрланған көшірмесі сәйкес келмеді; түпнұсқасы сақталды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>the damage report beside it cannot be read</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>жанындағы бүліну туралы есеп оқылмайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its first page (the header) fails its check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның бірінші беті (тақырыбы) тексеруден өтпейді</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>{count} of its {total} pages fail their check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның {total} бетінің {count} беті тексеруден өтпейді</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its salt (the first bytes of the file) is damaged</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның тұзы (файлдың алғашқы байттары) бүлінген</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>SQLite's check of the store failed</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>қойманы SQLite арқылы тексеру сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_rekey.py"/>
        <source>it did not open with its new key; the old and the new key are both kept</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол жаңа кілтпен ашылмады; ескі және жаңа кілттің екеуі де сақталды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days ahead of the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол тізілім сағатынан {days} күн алда</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days behind the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол тізілім сағатынан {days} күн артта</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is behind the last time known here ({at})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол осында белгілі соңғы уақыттан ({at}) артта</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days past the last time known here, and the registry has not confirmed it</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол осында белгілі соңғы уақыттан {days} күн алда, ал тізілім мұны растамаған</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>мектеп тамағы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>өтініштер</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>техникалық құралдар</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>it cannot be read</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>оны оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>another terminal</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>басқа терминал</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its answers are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ондағы жауаптар хаттама пішінінде емес</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its news is not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ондағы жаңалықтар хаттама пішінінде емес</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>желісіз жазылған жазбалар</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a pinned certificate needs an https:// registry address</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>бекітілген сертификат үшін тізілім мекенжайы https:// деп басталуы керек</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>өзгерістері немесе курсоры жоқ өзгерістер беті</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>жауап уақытында келмеді</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>байланыс жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>жауап үзіліп қалды</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer the protocol does not allow</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>хаттамаға сәйкес келмейтін жауап</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>бұл терминал тіркелмеген</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer too large to take</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>тым үлкен жауап</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it answered with the HTTP status {status}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ол HTTP {status} кодымен жауап берді</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it said: {message}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның жауабы: {message}</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>only {count} of {needed} good pictures were taken</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{needed} жақсы суреттің тек {count} түсірілді</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>суреттерде бір адам емес: қайтадан бастаңыз</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the gallery folder {folder} does not exist</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>галерея қалтасы ({folder}) жоқ</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>it holds no sub-folder per person</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>онда әр адамға арналған жеке қалта жоқ</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>no usable face in the gallery folder {folder} ({why})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>галерея қалтасында ({folder}) жарамды бет-бейне жоқ ({why})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>over {count} pixels</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} пикселден астам</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>{count} pixels</source>
        <extracomment>Fills {limit} in “{name} is too large ({size}); the limit is {limit}. Use a smaller picture.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} пиксель</translation>
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
        <source>the file cannot be opened ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>файлды ашу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>файл бос</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>{count} MB</source>
        <extracomment>Fills {size} in “{name} is too large ({size}); the limit is {limit}. Use a smaller picture.”
Fills {limit} in “{name} is too large ({size}); the limit is {limit}. Use a smaller picture.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} МБ</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>{width} x {height} pixels</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{width} × {height} пиксель</translation>
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
        <location filename="../../biometrics/images.py"/>
        <source>its shape {shape} is not height x width x 3</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның пішіні {shape}, ал керегі «биіктік × ені × 3»</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>face_recognition_models бумасы орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the file {file} is missing</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{file} файлы жоқ</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>a model file cannot be read: {error}</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>модель файлын оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>dlib кітапханасы орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../biometrics/pipeline.py"/>
        <source>the face could not be measured</source>
        <extracomment>Fills {reason} in “The face in {name} is not good enough: {reason}.”</extracomment>
        <translation>бет-бейнені өлшеу мүмкін болмады</translation>
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
        <source>camera {index}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>камера {index}</translation>
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
        <source>the video {file}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>бейне {file}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>бұл терминал бұл бейнені ойната алмайды</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder {folder}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>қалта {folder}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>мұндай қалта жоқ</translation>
    </message>
    <message>
        <location filename="../../biometrics/stream.py"/>
        <source>it failed unexpectedly ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>күтпеген ақау ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>бұл сандар тізімі емес</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it has the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның пішіні {shape}</translation>
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
        <source>they have the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>олардың пішіні {shape}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>олардың бірінде шектеулі сан емес мән бар</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is {size} bytes, not {expected}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оның көлемі {expected} емес, {size} байт</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>{size} bytes is not a whole number of templates</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{size} байт үлгілердің бүтін саны емес</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>reason code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>себеп коды {code}</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>error code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>қате коды {code}</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it does not start as a bundle does</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ол пакет сияқты басталмайды</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it is cut short</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ол соңына дейін жазылмаған</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its header is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>оның тақырыбын оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>an unknown bundle format</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>белгісіз пакет пішімі</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>оның мөрленген бөлігін оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is too large or incomplete</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>оның мөрленген бөлігі тым үлкен немесе толық емес</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the client went away</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>клиент байланысты үзді</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip денесі бүлінген</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip денесі қиылған</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>differs from the entry the registry holds</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>тізілімдегі жазбадан өзгеше</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not follow the entry before it</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>алдыңғы жазбаның жалғасы емес</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not match its hash</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>өз хешіне сәйкес келмейді</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>уақыт тақырыбы ығысуы бар ISO 8601 уақыты емес</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>a terminal (it is a bundle from the registry)</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>терминал (бұл тізілімнен келген пакет)</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>its acts are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ондағы актілер хаттама пішінінде емес</translation>
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
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no dispense or meal of this terminal</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation type="vanished">ол осы терминалдағы ешбір дәрі немесе тамақ берудің күшін жоймайды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a dispense or a meal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation type="vanished">дәрі немесе тамақ берудің күшін жою</translation>
    </message>
</context>
<context>
    <name>AidReceiptPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over: the receipt</source>
        <translation>Берілді: түбіртек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Next person (Enter)</source>
        <translation>Келесі алушы (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Түбіртек {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Person: {name}, ID number {number}</source>
        <translation>Алушы: {name}, сәйкестендіру нөмірі {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Жеке басын анықтау тәсілі: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Serial number: {serial}</source>
        <translation>Сериялық нөмір: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Decision: {number}</source>
        <translation>Шешім: {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Мемлекет төледі: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the person: {money}</source>
        <translation>Алушы төледі: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over by: {name}</source>
        <translation>Берген: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>supervisor override</source>
        <translation>жетекшінің растауы</translation>
    </message>
</context>
<context>
    <name>AidsDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Today's hand-overs</source>
        <translation>Бүгін берілгендер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Артқа (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Hand-overs: {count} · Cost to the state: {money}</source>
        <translation>Берілді: {count} рет · Мемлекет есебінен: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Handed over twice: tell the supervisor</source>
        <translation>Екі рет берілген: жетекшіге хабарлаңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Reversed</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Aid</source>
        <translation>Құрал</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Serial number</source>
        <translation>Сериялық нөмір</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Cost to the state</source>
        <translation>Мемлекет төлейді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>The registry found an aid handed over here and at another office as well. Tell the supervisor.</source>
        <translation>Тізілім бір құралдың мұнда да, басқа мекемеде де берілгенін анықтады. Жетекшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Nothing handed over here today yet.</source>
        <translation>Бүгін мұнда әлі ештеңе берілмеген.</translation>
    </message>
</context>
<context>
    <name>AidsFaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Who is the person?</source>
        <translation>Алушы кім?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Today's hand-overs (F6)</source>
        <translation>Бүгін берілгендер (F6)</translation>
    </message>
</context>
<context>
    <name>AidsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Technical aids</source>
        <translation>Техникалық құралдар</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type an amount in {currency} in digits, for example 1500000 or 1500000.50.</source>
        <translation>Соманы цифрмен енгізіңіз ({currency}), мысалы 1500000 немесе 1500000.50.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the amount.</source>
        <translation>Соманы енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>ApplicantStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The person who applies, as written in their identity document.</source>
        <translation>Өтініш беретін адам — жеке басын куәландыратын құжатында жазылғандай.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Occupation (optional)</source>
        <translation>Кәсібі (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in one of these bodies</source>
        <translation>Мына органдардың бірінде қызмет етеді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Address of the family</source>
        <translation>Отбасының мекенжайы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Phone (optional)</source>
        <translation>Телефон (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>ApplicationRecordPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History of the application</source>
        <translation>Өтініш тарихы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Артқа (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Print the slip for the family (Ctrl+P)</source>
        <translation>Отбасына қолхат басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Paper for printing</source>
        <translation>Басып шығаруға арналған қағаз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>A4 sheet</source>
        <translation>A4 парақ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>80 mm roll</source>
        <translation>80 мм рулон</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>58 mm roll</source>
        <translation>58 мм рулон</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Application {number}</source>
        <translation>Өтініш {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Өтініш беруші: {name}, сәйкестендіру нөмірі {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Benefit: {benefit}</source>
        <translation>Көмек түрі: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Family members: {count}</source>
        <translation>Отбасы мүшелері: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Submitted on {time} by {name}</source>
        <translation>Тапсырылды: {time} ({name})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>⚠ The applicant's face looks like {people}: the application went to the registry flagged.</source>
        <translation>⚠ Өтініш берушінің бет-бейнесі мына адамға ұқсайды: {people}. Өтініш тізілімге белгіленіп жіберілді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{time} · {what}</source>
        <translation>{time} · {what}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family may not receive these benefits.</source>
        <translation>Алдын ала бағалау: отбасы мұндай көмекті ала алмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears to be eligible.</source>
        <translation>Алдын ала бағалау: отбасы көмек алуға құқылы сияқты.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears not to be eligible.</source>
        <translation>Алдын ала бағалау: отбасының көмек алуға құқығы жоқ сияқты.</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Steps of the application</source>
        <translation>Өтініш қадамдары</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Сақтау және жабу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Draft saved at {time}</source>
        <translation>Қаралама сақталды: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Step {number} of {total}: {title}</source>
        <translation>{total} қадамның {number}-қадамы: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Next: {title}</source>
        <translation>&amp;Келесі: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The faces enrolled at this site are still loading: take the face template again.</source>
        <translation>Осы мекемеде сақталған бет-бейнелер әлі жүктелуде: бет-бейне үлгісін қайта алыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The draft of {name} is saved. Resume it from the list.</source>
        <translation>Қаралама ({name}) сақталды. Оны тізімнен жалғастыруға болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Some answers need attention: see the messages under the fields.</source>
        <translation>Кейбір жауаптарды түзету керек: өрістердің астындағы хабарларды қараңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{benefit} cannot be chosen for this family. {reason}. Choose another benefit.</source>
        <translation>Бұл отбасы үшін «{benefit}» таңдауға болмайды. {reason}. Басқа көмек түрін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ApplicationWords</name>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child-care allowance (a child under 2)</source>
        <translation>2 жасқа дейінгі баланы күтуге арналған жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance for families with children under 14</source>
        <translation>14 жасқа дейінгі балалары бар отбасыларға жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Material aid for low-income families</source>
        <translation>Аз қамтылған отбасыларға материалдық көмек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Spouse</source>
        <translation>Жұбайы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child</source>
        <translation>Баласы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Parent</source>
        <translation>Әкесі немесе анасы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Brother or sister</source>
        <translation>Аға-інісі немесе апа-сіңлісі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Grandchild</source>
        <translation>Немересі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other relative</source>
        <translation>Басқа туысы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Salary</source>
        <translation>Жалақы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Pension</source>
        <translation>Зейнетақы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance</source>
        <translation>Жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Business</source>
        <translation>Кәсіпкерлік</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Farming</source>
        <translation>Шаруашылық</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other income</source>
        <translation>Басқа табыс</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Home</source>
        <translation>Тұрғын үй</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Land</source>
        <translation>Жер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Vehicle</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Livestock</source>
        <translation>Мал</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Bank deposit</source>
        <translation>Банк салымы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other property</source>
        <translation>Басқа мүлік</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>None of these bodies</source>
        <translation>Бұл органдардың ешқайсысында емес</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Defence</source>
        <translation>Қорғаныс</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Internal affairs</source>
        <translation>Ішкі істер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Emergency situations</source>
        <translation>Төтенше жағдайлар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>State security</source>
        <translation>Ұлттық қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>National guard</source>
        <translation>Ұлттық ұлан</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Customs</source>
        <translation>Кеден</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Waiting to be sent to the registry</source>
        <translation>Тізілімге жіберілуін күтуде</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Set aside: the registry did not take it; ask a supervisor</source>
        <translation>Шетке қойылды: тізілім оны қабылдамады; жетекшіге хабарласыңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>At the registry</source>
        <translation>Тізілімде</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Not submitted</source>
        <translation>Тапсырылмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications for social support</source>
        <translation>Әлеуметтік көмекке өтініштер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Sent applications</source>
        <translation>Жіберілген өтініштер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Print the slip for the family</source>
        <translation>Отбасына қолхат басып шығару</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Open the application</source>
        <translation>Өтінішті ашу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Drafts</source>
        <translation>Қараламалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Waiting for the registry</source>
        <translation>Тізілімге жіберілуін күтіп тұрғандар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Submitted applications waiting for the registry</source>
        <translation>Тізілімге жіберілуін күтіп тұрған тапсырылған өтініштер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>No drafts.</source>
        <translation>Қаралама жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Nothing waits: every submitted application has reached the registry.</source>
        <translation>Күтіп тұрған өтініш жоқ: барлық тапсырылған өтініштер тізілімге жетті.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Resume the draft</source>
        <translation>Қараламаны жалғастыру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard the draft</source>
        <translation>Қараламаны жою</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · saved {time}</source>
        <translation>{applicant} · {benefit} · сақталды: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>(no name yet)</source>
        <translation>(аты әлі енгізілмеген)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>benefit not chosen</source>
        <translation>көмек түрі таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{number} · {applicant} · {benefit} · submitted {time} · {state}</source>
        <translation>{number} · {applicant} · {benefit} · тапсырылды: {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{application} · flagged for the registry's attention</source>
        <translation>{application} · тізілімнің назарына белгіленген</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard this draft? What was typed in it is deleted.</source>
        <translation>Бұл қаралама жойылсын ба? Оған енгізілгеннің бәрі өшеді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The draft is discarded.</source>
        <translation>Қаралама жойылды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. Its number is {number}: print the slip for the family. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation>Өтініш ({name}) тапсырылды, оны енді өзгерту мүмкін емес. Оның нөмірі — {number}: отбасына қолхат басып шығарыңыз. Ол кезекте тұрады және терминал желіге қосылғанда тізілімге жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The applicant's face template is kept for Face-ID at this site.</source>
        <translation>Өтініш берушінің бет-бейне үлгісі осы мекемеде Face-ID үшін сақталды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template was used for the check only and is deleted.</source>
        <translation>Бет-бейне үлгісі тек тексеру үшін пайдаланылды және жойылды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template is deleted: it was not kept for Face-ID.</source>
        <translation>Бет-бейне үлгісі жойылды: ол Face-ID үшін сақталмады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · submitted {time} · {state}</source>
        <translation type="vanished">{applicant} · {benefit} · тапсырылды: {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation type="vanished">Өтініш ({name}) тапсырылды, оны енді өзгерту мүмкін емес. Ол кезекте тұрады және терминал желіге қосылғанда тізілімге жіберіледі.</translation>
    </message>
</context>
<context>
    <name>AssetsStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Property</source>
        <translation>Мүлік</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>What the family owns: home, land, vehicles, livestock, deposits, with their value.</source>
        <translation>Отбасының мүлкі: тұрғын үй, жер, көлік, мал, салымдар және олардың құны.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Description (optional)</source>
        <translation>Сипаттамасы (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Value ({currency})</source>
        <translation>Құны ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the property</source>
        <translation>Мүлікті қосу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the property</source>
        <translation>Мүлікті алып тастау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No property added.</source>
        <translation>Мүлік қосылмаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{kind}: {description}</source>
        <translation>{kind}: {description}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>A value is typed but not added: press “Add the property”, or clear it.</source>
        <translation>Құны енгізілген, бірақ қосылмаған: «Мүлікті қосу» түймесін басыңыз немесе оны өшіріңіз.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Every sensitive act, newest first. Each entry is sealed to the one before it: the check finds any entry changed or removed behind this program's back.</source>
        <translation>Барлық маңызды әрекеттер, алдымен жаңалары. Әр жазба алдыңғысымен байланған: тексеру бағдарламаны айналып өтіп өзгертілген немесе жойылған кез келген жазбаны табады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Verify the chain</source>
        <translation>Тізбекті тексеру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Subject</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the audit trail…</source>
        <translation>Аудит журналы тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the log of acts…</source>
        <translation>Операциялар журналы тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Intact: the audit trail ({entries} entries) and the log of acts ({acts} acts) are unbroken. Nothing was changed or removed.</source>
        <translation>Бәрі дұрыс: аудит журналы ({entries} жазба) және операциялар журналы ({acts} операция) бұзылмаған. Ештеңе өзгертілмеген және жойылмаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The audit trail is broken at entry {seq}: {reason}.</source>
        <translation>Аудит журналы {seq}-жазбада бұзылған: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The log of acts is broken at act {seq}: {reason}.</source>
        <translation>Операциялар журналы {seq}-операцияда бұзылған: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Records were changed outside this program. Keep the terminal as it is and call IT and your manager now.</source>
        <translation>Жазбалар бағдарламадан тыс өзгертілген. Терминалға тиіспеңіз және дереу IT маманына әрі жетекшіңізге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The check was cancelled: nothing is known yet.</source>
        <translation>Тексеру тоқтатылды: нәтиже әлі белгісіз.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed in</source>
        <translation>Кірді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Sign-in refused</source>
        <translation>Кіру қабылданбады</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Locked after wrong PINs</source>
        <translation>Қате PIN-кодтардан кейін бұғатталды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen locked (idle)</source>
        <translation>Экран құлыпталды (әрекетсіздік)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen unlocked</source>
        <translation>Экран құлпы ашылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Supervisor override signed</source>
        <translation>Жетекшінің растауына қол қойылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Identified by the ID number</source>
        <translation>Сәйкестендіру нөмірі бойынша анықталды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed out</source>
        <translation>Шықты</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>PIN set</source>
        <translation>PIN-код орнатылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal served</source>
        <translation>Тамақ берілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Medicines handed over</source>
        <translation>Дәрі берілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Application submitted</source>
        <translation>Өтініш тапсырылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Техникалық құрал берілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Report made</source>
        <translation>Есеп жасалды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts written to a USB stick</source>
        <translation>Актілер флешкаға жазылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Registry's answer read from a USB stick</source>
        <translation>Тізілімнің жауабы флешкадан алынды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template enrolled</source>
        <translation>Бет-бейне үлгісі сақталды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template withdrawn</source>
        <translation>Бет-бейне үлгісі кері алынды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Applicant's face checked</source>
        <translation>Өтініш берушінің бет-бейнесі тексерілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Келген кезде бет-бейне үлгісі алынды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template removed</source>
        <translation>Бет-бейне үлгісі жойылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Act reversed</source>
        <translation>Жазбаның күші жойылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts lost to a damaged store</source>
        <translation>Деректер қоймасы бүлініп, жазбалар жоғалды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Setting changed</source>
        <translation>Баптау өзгертілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Data key changed</source>
        <translation>Деректер кілті ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Old records removed</source>
        <translation>Ескі жазбалар жойылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Lock lifted by a supervisor</source>
        <translation>Жетекші бұғаттан шығарды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal outside its hours, on a supervisor's word</source>
        <translation>Уақытынан тыс тамақ, жетекшінің растауымен</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patients searched for</source>
        <translation>Науқастар ізделді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patient's history opened</source>
        <translation>Науқастың тарихы ашылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>records past their keeping time</source>
        <translation>сақтау мерзімі өткен жазбалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>student No. {key}</source>
        <translation>оқушы № {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>citizen No. {key}</source>
        <translation>азамат № {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>application {key}</source>
        <translation>өтініш {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>operator {key}</source>
        <translation>оператор {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>school {key}</source>
        <translation>мектеп {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Dispense or meal reversed</source>
        <translation type="vanished">Дәрі немесе тамақ берудің күші жойылды</translation>
    </message>
</context>
<context>
    <name>BenefitStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The benefit</source>
        <translation>Көмек түрі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Which support does the family ask for? Choose one.</source>
        <translation>Отбасы қандай көмек сұрайды? Біреуін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Not for this family. {reason}.</source>
        <translation>Бұл отбасына сәйкес келмейді. {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Choose the benefit the family asks for.</source>
        <translation>Отбасы сұрап отырған көмек түрін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Read this to the applicant, or let them read it.</source>
        <translation>Мұны өтініш берушіге оқып беріңіз немесе өзі оқып шықсын.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The data in this application (the family, incomes and property) is sent to the social protection registry, which checks it and decides on the benefit. The registry may compare it with what other state bodies already hold, so no certificates need to be brought. A face template is asked for separately, at the face step, with its own consent.</source>
        <translation>Осы өтініштегі деректер (отбасы, табыстар және мүлік) әлеуметтік қорғау тізіліміне жіберіледі: тізілім оларды тексеріп, көмек туралы шешім қабылдайды. Тізілім оларды басқа мемлекеттік органдардағы деректермен салыстыруы мүмкін, сондықтан анықтама әкелудің қажеті жоқ. Бет-бейне үлгісі бет-бейне қадамында жеке келісіммен бөлек сұралады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The applicant agrees to this</source>
        <translation>Өтініш беруші бұған келіседі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Without the applicant's consent the application cannot be submitted. If they want to think about it, save the draft and close it.</source>
        <translation>Өтініш берушінің келісімінсіз өтінішті тапсыру мүмкін емес. Егер ол ойланғысы келсе, қараламаны сақтап, жабыңыз.</translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today, {date}</source>
        <translation>Бүгін, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>{session}: {meals} served</source>
        <translation>{session}: {meals} порция берілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today: {meals}</source>
        <translation>Бүгін берілген тамақ: {meals}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today in each class</source>
        <translation>Бүгін әр сыныпта берілген тамақ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
</context>
<context>
    <name>DispensingPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Next patient (Esc)</source>
        <translation>Келесі науқас (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Check and hand out (Enter)</source>
        <translation>Тексеру және беру (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Жасы {age} · сәйкестендіру нөмірі {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Жеке басын жетекші растады ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Жеке басы сәйкестендіру нөмірі бойынша анықталды, бет-бейне тексерілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by Face-ID</source>
        <translation>Жеке басы Face-ID арқылы анықталды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>This patient has no prescriptions.</source>
        <translation>Бұл науқаста рецепт жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Prescription {number} from {prescriber}, valid until {date}</source>
        <translation>Рецепт {number} ({prescriber}), {date} дейін жарамды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Quantity of {drug}</source>
        <translation>Саны: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One less of {drug}</source>
        <translation>Біреуге азырақ: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One more of {drug}</source>
        <translation>Біреуге көбірек: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{dosage}; {remaining} of {prescribed} {unit} left; {stock} in stock</source>
        <translation>{dosage}; қалды {remaining} / {prescribed} {unit}; қоймада {stock}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Expired on {date}: it cannot be dispensed.</source>
        <translation>Мерзімі өткен ({date}): дәрі беруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Valid only from {date}: it cannot be dispensed yet.</source>
        <translation>Тек {date} күнінен бастап жарамды: әзірге дәрі беруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cancelled by the doctor: it cannot be dispensed.</source>
        <translation>Дәрігер күшін жойған: дәрі беруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Nothing left on this prescription</source>
        <translation>Бұл рецепт бойынша ештеңе қалмады</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Out of stock</source>
        <translation>Қоймада жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Low stock: {count} left</source>
        <translation>Қор аз: {count} қалды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Мемлекет есебінен: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Choose at least one medicine to hand out.</source>
        <translation>Беру үшін кемінде бір дәріні таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>DispensingScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Medicines</source>
        <translation>Дәрілер</translation>
    </message>
</context>
<context>
    <name>DrugWords</name>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>tablets</source>
        <translation>таблеткалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>capsules</source>
        <translation>капсулалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>inhaler</source>
        <translation>ингалятор</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>pen</source>
        <comment>an insulin pen</comment>
        <translation>шприц-қалам</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>syrup</source>
        <translation>шәрбат</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>drops</source>
        <translation>тамшылар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ointment</source>
        <translation>жақпамай</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ampoules</source>
        <translation>ампулалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>tab</source>
        <comment>tablets, short: 30 tab</comment>
        <translation>таб.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>cap</source>
        <comment>capsules, short: 28 cap</comment>
        <translation>капс.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>pcs</source>
        <comment>pieces, short: 2 pcs</comment>
        <translation>дана</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ml</source>
        <comment>millilitres</comment>
        <translation>мл</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>amp</source>
        <comment>ampoules, short: 10 amp</comment>
        <translation>амп.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>as directed</source>
        <comment>a dosage: as the doctor said</comment>
        <translation>дәрігердің нұсқауы бойынша</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} a day</source>
        <comment>a dosage: 1 tab a day</comment>
        <translation>күніне {count} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} {times} times a day</source>
        <comment>a dosage: 1 tab 2 times a day</comment>
        <translation>{count} {unit} күніне {times} рет</translation>
    </message>
</context>
<context>
    <name>EnrollFaceDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a face</source>
        <translation>Бет-бейнені сақтау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, туған күні {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Read this to the citizen. A face template is kept to identify them at the terminals: numbers that describe the face, never a picture. This is separate from the consent to share their data. They can withdraw it at any time, and the template is then deleted.</source>
        <translation>Мұны азаматқа оқып беріңіз. Терминалдарда оның жеке басын анықтау үшін бет-бейне үлгісі сақталады: бет-бейнені сипаттайтын сандар, сурет емес. Бұл келісім деректерді беру туралы келісімнен бөлек. Оны кез келген уақытта кері алуға болады, сонда үлгі жойылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees</source>
        <translation>Азамат келіседі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees to keep a face template</source>
        <translation>Азамат бет-бейне үлгісін сақтауға келіседі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Камера кескіні: бет-бейнені кадрға алу үшін</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ Бет-бейне үлгісі алынды. Сурет сақталмады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera off</source>
        <translation>Камера сөндірулі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template again</source>
        <translation>Бет-бейне үлгісін қайта алу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template</source>
        <translation>Бет-бейне үлгісін алу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No camera is set up on this terminal: a face cannot be enrolled here.</source>
        <translation>Бұл терминалда камера бапталмаған: мұнда бет-бейнені сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Tick the citizen's consent first: no face template is taken without it.</source>
        <translation>Алдымен азаматтың келісімін белгілеңіз: онсыз бет-бейне үлгісі алынбайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Checking the face against everyone enrolled…</source>
        <translation>Бет-бейне барлық сақталған бет-бейнелермен салыстырылуда…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No face template yet.</source>
        <translation>Бет-бейне үлгісі әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>This face is already {name}'s. A further template is added to it when you enroll.</source>
        <translation>Бұл бет-бейне бұрыннан бар: {name}. Сақтаған кезде оған тағы бір үлгі қосылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No one else enrolled has this face.</source>
        <translation>Мұндай бет-бейне басқа ешкімде сақталмаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Look at the camera</source>
        <translation>Камераға қараңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Good, hold still</source>
        <translation>Жақсы, қозғалмаңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>Жақсы суреттер: {count} / {needed}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No good picture in time. Add light in front of the face, ask the citizen to look at the camera and try again.</source>
        <translation>Белгіленген уақытта жақсы сурет түспеді. Бет алдына жарық қосыңыз, азаматтан камераға қарауын сұрап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The enrolled faces are still being read. Take the template again in a moment.</source>
        <translation>Сақталған бет-бейнелер әлі оқылуда. Сәлден соң үлгіні қайта алыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a look-alike face</source>
        <translation>Ұқсас бет-бейнені сақтау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>• {name}, born {date}</source>
        <translation>• {name}, туған күні {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>⚠ Warning: this face would pass for someone already enrolled:</source>
        <translation>⚠ Ескерту: бұл бет-бейне бұрын сақталған адамға ұқсайды:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Confirm only once you are sure they are different people (twins, for example).</source>
        <translation>Бұлар басқа-басқа адамдар екеніне (мысалы, егіздер) көз жеткізгенде ғана растаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>A supervisor must decide. Enroll asks for a supervisor's PIN and the reason.</source>
        <translation>Шешімді жетекші қабылдауы керек. «Сақтау» жетекшінің PIN-кодын және себебін сұрайды.</translation>
    </message>
</context>
<context>
    <name>EntitlementsPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Technical aids of this person</source>
        <translation>Алушының техникалық құралдары</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number:</source>
        <translation>Сериялық нөмір:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number</source>
        <translation>Сериялық нөмір</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Type or scan</source>
        <translation>Енгізіңіз немесе сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Next person (Esc)</source>
        <translation>Келесі алушы (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Hand over (Enter)</source>
        <translation>Беру (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Жасы {age} · сәйкестендіру нөмірі {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Жеке басын жетекші растады ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Жеке басы сәйкестендіру нөмірі бойынша анықталды, бет-бейне тексерілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by Face-ID</source>
        <translation>Жеке басы Face-ID арқылы анықталды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>This person has no technical aids to receive.</source>
        <translation>Бұл алушыға берілетін техникалық құралдар жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>None of this person's technical aids can be handed over today.</source>
        <translation>Бүгін бұл алушының бірде-бір техникалық құралын беруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cost to the state: {money} · Decision {number} · Valid until {date}</source>
        <translation>Мемлекет есебінен: {money} · Шешім {number} · {date} дейін жарамды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cannot be handed over: {reason}</source>
        <translation>Беруге болмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Choose the aid to hand over.</source>
        <translation>Берілетін құралды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>FaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Who is the patient?</source>
        <translation>Науқас кім?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Camera picture</source>
        <translation>Камера кескіні</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Taking the picture</source>
        <translation>Сурет түсірілуде</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number (F2)</source>
        <translation>Сәйкестендіру нөмірін енгізу (F2)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Supervisor override (F3)</source>
        <translation>Жетекшінің растауы (F3)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Start again (F4)</source>
        <translation>Қайта бастау (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Find a patient (F5)</source>
        <translation>Науқасты іздеу (F5)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Today's hand-outs and stock (F6)</source>
        <translation>Бүгін берілгендер және қор (F6)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Elderly mode (F7)</source>
        <translation>Егделер режимі (F7)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Large text, and each instruction spoken aloud</source>
        <translation>Ірі мәтін, әр нұсқау дауыстап айтылады</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This camera is a recording (demo). A recording cannot follow a request, so a head turn to either side is accepted: that shows a real head, not a photo, but not that the person is here now.</source>
        <translation>Бұл камера — бейнежазба (демо). Жазба өтінішті орындай алмайды, сондықтан басты кез келген жаққа бұру қабылданады: бұл суреттің емес, нақты бастың екенін көрсетеді, бірақ адамның дәл қазір осында екенін көрсетпейді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This face is not recognised. Type the ID number (F2) or ask a supervisor (F3).</source>
        <translation>Бұл бет-бейне танылмады. Сәйкестендіру нөмірін енгізіңіз (F2) немесе жетекшіге хабарласыңыз (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 2 of 2: show that you are here</source>
        <translation>Қадам 2/2: осында екеніңізді көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 1 of 2: look at the camera</source>
        <translation>Қадам 1/2: камераға қараңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Face-ID is getting ready…</source>
        <translation>Face-ID дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number, then press Enter.</source>
        <translation>Сәйкестендіру нөмірін енгізіп, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please look at the camera.</source>
        <translation>Өтінеміз, камераға қараңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please turn your head slowly to one side.</source>
        <translation>Өтінеміз, басыңызды баяу бір жаққа бұрыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Hold still, please.</source>
        <translation>Өтінеміз, қозғалмаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The face does not match the ID number {number}. Check the number, or ask a supervisor (F3).</source>
        <translation>Бет-бейне {number} сәйкестендіру нөміріне сәйкес келмейді. Нөмірді тексеріңіз немесе жетекшіге хабарласыңыз (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No face is enrolled for the ID number {number}, so it cannot be checked. Ask a supervisor (F3).</source>
        <translation>{number} сәйкестендіру нөмірі үшін бет-бейне сақталмаған, сондықтан оны тексеру мүмкін емес. Жетекшіге хабарласыңыз (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The check for a live person failed: {reason}. Press F4 to try again.</source>
        <translation>Тірі адам тексерісінен өтпеді: {reason}. Қайталау үшін F4 пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The recording has ended. Press F4 to play it again.</source>
        <translation>Жазба аяқталды. Оны қайта ойнату үшін F4 пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>{problem} Trying again in {seconds} s.</source>
        <translation>{problem} {seconds} секундтан кейін қайта әрекет жасалады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No picture from the camera</source>
        <translation>Камерадан кескін жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is working again.</source>
        <translation>Камера қайта жұмыс істеп тұр.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is paused.</source>
        <translation>Камера уақытша тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Checking the face against the ID number {number}.</source>
        <translation>Бет-бейне {number} сәйкестендіру нөмірімен салыстырылуда.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Please fill this in.</source>
        <translation>Бұл өрісті толтырыңыз.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug}: pack {serial} scanned.</source>
        <translation>{drug}: {serial} қаптамасы сканерленді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Scan the packs of every medicine first.</source>
        <translation>Алдымен әр дәрінің қаптамаларын сканерлеңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>No pack code was seen. Try again, closer and in good light, or use the scanner.</source>
        <translation>Қаптама коды көрінбеді. Жақынырақ және жақсы жарықта қайта көріңіз немесе сканерді қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out these medicines?</source>
        <translation>Бұл дәрілер берілсін бе?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>To {name}</source>
        <translation>Кімге: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Back (Esc)</source>
        <translation>Артқа (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out (Enter)</source>
        <translation>Беру (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Мемлекет есебінен: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Medicine</source>
        <translation>Дәрі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Dosage</source>
        <translation>Дозасы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state</source>
        <translation>Мемлекет төлейді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Packs scanned</source>
        <translation>Сканерленген қаптамалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Who is the person?</source>
        <translation>Алушы кім?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Ask the person to look at the camera and to do what the screen says, for example to turn the head. The person's technical aids open by themselves.</source>
        <translation>Алушыдан камераға қарауын және экрандағы нұсқауды орындауын сұраңыз, мысалы, басын бұруын. Алушының техникалық құралдары өздігінен ашылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F2: type the ID number from the person's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: алушының құжатындағы сәйкестендіру нөмірін енгізіңіз; бет-бейне онымен салыстырылады. F3: бет-бейнені тексеру мүмкін болмаса, жетекшінің растауы. F4: қайта бастау.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F6: today's hand-overs at this terminal.</source>
        <translation>F6: бүгін осы терминалда берілгендер.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Handing over a technical aid</source>
        <translation>Техникалық құралды беру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The list shows the person's technical aids. Grey ones cannot be handed over today: the line says why.</source>
        <translation>Тізімде алушының техникалық құралдары. Сұр түсті құралдарды бүгін беруге болмайды: себебі жолда жазылған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Choose the aid with the arrow keys, then type or scan the serial number on its label.</source>
        <translation>Құралды көрсеткі пернелерімен таңдаңыз, содан кейін жапсырмасындағы сериялық нөмірді енгізіңіз немесе сканерлеңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Enter hands it over and records it; the receipt follows. Esc: the next person, nothing recorded.</source>
        <translation>Enter құралды береді және жазып қояды; содан кейін түбіртек шығады. Esc: келесі алушы, ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Today's hand-overs</source>
        <translation>Бүгін берілгендер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The technical aids handed over at this terminal today, the newest first.</source>
        <translation>Бүгін осы терминалда берілген техникалық құралдар, ең жаңасы бірінші.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line in red was handed over at another office as well: tell the supervisor.</source>
        <translation>Қызыл жолдағы құрал басқа мекемеде де берілген: жетекшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line struck through was reversed by a supervisor: it no longer counts.</source>
        <translation>Сызылған жолдың күшін жетекші жойған: ол есепке алынбайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to Face-ID.</source>
        <translation>Esc — Face-ID экранына оралу.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Signing in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose your name in the list: tap it, or use the arrow keys.</source>
        <translation>Тізімнен атыңызды таңдаңыз: оны түртіңіз немесе көрсеткі пернелерін пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter. The PIN is never shown.</source>
        <translation>PIN-кодыңызды енгізіп, Enter пернесін басыңыз. PIN-код ешқашан көрсетілмейді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>After several wrong PINs in a row your name is locked for some minutes. A supervisor can set a new PIN for you.</source>
        <translation>PIN-код бірнеше рет қатарынан қате енгізілсе, атыңыз бірнеше минутқа бұғатталады. Жетекші сізге жаңа PIN-код орната алады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal is locked</source>
        <translation>Терминал құлыпталған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal locked itself after some minutes without use, so that nobody passing by sees a patient's details.</source>
        <translation>Бірнеше минут пайдаланылмағандықтан терминал өзі құлыпталды: осылайша қасынан өткен ешкім науқастың мәліметтерін көрмейді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter to go on where you were.</source>
        <translation>Тоқтаған жеріңізден жалғастыру үшін PIN-кодыңызды енгізіп, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Someone else may choose their own name and sign in instead: the first operator is then signed out.</source>
        <translation>Оның орнына басқа қызметкер өз атын таңдап, жүйеге кіре алады: сонда бірінші оператор жүйеден шығады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Who is the patient?</source>
        <translation>Науқас кім?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask the patient to look at the camera and to do what the screen says, for example to turn the head. The patient's prescriptions open by themselves.</source>
        <translation>Науқастан камераға қарауын және экрандағы нұсқауды орындауын сұраңыз, мысалы, басын бұруын. Науқастың рецептері өздігінен ашылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F2: type the ID number from the patient's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: науқастың құжатындағы сәйкестендіру нөмірін енгізіңіз; бет-бейне онымен салыстырылады. F3: бет-бейнені тексеру мүмкін болмаса, жетекшінің растауы. F4: қайта бастау.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F5: find a patient by name, birth date or ID number. F6: today's hand-outs and the stock.</source>
        <translation>F5: науқасты аты-жөні, туған күні немесе сәйкестендіру нөмірі бойынша іздеу. F6: бүгін берілгендер және қор.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Handing out medicines</source>
        <translation>Дәрі беру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Each prescription shows the quantity to hand out for one period: never more than is left on the prescription or in stock.</source>
        <translation>Әр рецептте бір кезеңге берілетін мөлшер көрсетіледі: ол ешқашан рецептте немесе қоймада қалғаннан көп болмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Change a quantity with − and + or with the arrow keys; 0 hands out none of it.</source>
        <translation>Мөлшерді − және + немесе көрсеткі пернелерімен өзгертіңіз; 0 — бұл дәрі берілмейді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter shows a summary first: check it with the patient, then Enter hands out and records it, Esc goes back. Esc here: the next patient, nothing recorded.</source>
        <translation>Enter алдымен қорытындыны көрсетеді: оны науқаспен бірге тексеріңіз, содан кейін Enter дәріні береді және жазып қояды, Esc артқа қайтарады. Мұнда Esc: келесі науқас, ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Before the hand-out</source>
        <translation>Бермес бұрын</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Check the medicines and the quantities with the patient.</source>
        <translation>Дәрілер мен мөлшерлерді науқаспен бірге тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter hands them out and records it; the receipt follows.</source>
        <translation>Enter дәрілерді береді және жазып қояды; содан кейін түбіртек шығады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to the quantities: nothing is recorded.</source>
        <translation>Esc мөлшерлерге қайтарады: ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The hand-out is recorded.</source>
        <translation>Дәрі беру жазылды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the paper, then Ctrl+P prints the receipt. Ctrl+S saves it as a PDF file.</source>
        <translation>Қағазды таңдаңыз, содан кейін Ctrl+P түбіртекті басып шығарады. Ctrl+S оны PDF файл ретінде сақтайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter or Esc: the next patient.</source>
        <translation>Enter немесе Esc: келесі науқас.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Find a patient</source>
        <translation>Науқасты іздеу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then press Enter.</source>
        <translation>Аты-жөнін (латын немесе кирилл әріптерімен), туған күнін (КК.АА.ЖЖЖЖ) немесе сәйкестендіру нөмірін енгізіп, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the patient with the arrow keys and press Enter to open their history.</source>
        <translation>Науқасты көрсеткі пернелерімен таңдап, оның тарихын ашу үшін Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Finding a patient does not identify them: the face is checked before anything is handed out. Esc goes back.</source>
        <translation>Науқасты табу оның жеке басын анықтау емес: бірдеңе бермес бұрын бет-бейнесі тексеріледі. Esc — артқа.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The patient's history</source>
        <translation>Науқастың тарихы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The prescribed medicines, what is left of them, and what was handed out here.</source>
        <translation>Тағайындалған дәрілер, олардан қанша қалғаны және осында не берілгені.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter checks the patient's face, then the medicines can be handed out. Ctrl+R prints the last receipt again. Esc goes back to the list.</source>
        <translation>Enter науқастың бет-бейнесін тексереді, содан кейін дәрілерді беруге болады. Ctrl+R соңғы түбіртекті қайта басып шығарады. Esc тізімге қайтарады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enroll face takes the patient's face template, with their consent, so that Face-ID knows them at the next visit.</source>
        <translation>«Бет-бейнені сақтау» науқастың келісімімен оның бет-бейне үлгісін алады, сонда келесі келгенде Face-ID оны таниды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enrolling a face</source>
        <translation>Бет-бейнені сақтау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Read the consent to the citizen. Tick it only if they agree: without it no face template can be taken. Only numbers that describe the face are kept, never a picture.</source>
        <translation>Келісім мәтінін азаматқа оқып беріңіз. Ол келіссе ғана белгі қойыңыз: онсыз бет-бейне үлгісін алуға болмайды. Тек бет-бейнені сипаттайтын сандар сақталады, сурет сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask them to look at the camera in good light until five good pictures are counted.</source>
        <translation>Бес жақсы сурет саналғанша азаматтан жарық жерде камераға қарауын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>If the face looks like someone already enrolled, their name is shown and only a supervisor can let it be enrolled, with their PIN and a reason. Esc cancels: nothing is kept.</source>
        <translation>Бет-бейне бұрын сақталған біреуге ұқсаса, сол адамның аты көрсетіледі, ал сақтауға тек жетекші өз PIN-кодымен және себебін жазып рұқсат бере алады. Esc болдырмайды: ештеңе сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs and stock</source>
        <translation>Бүгін берілгендер және қор</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs at this terminal and what they cost the state, then the stock of each medicine: the ones running low first, marked.</source>
        <translation>Бүгін осы терминалда берілгендер және олардың мемлекетке қаншаға түскені, содан кейін әр дәрінің қоры: таусылып бара жатқандары белгіленіп, бірінші көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Supervisor override</source>
        <translation>Жетекшінің растауы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>When Face-ID cannot identify the citizen, a supervisor can vouch for them. Type the citizen's ID number from their document.</source>
        <translation>Face-ID азаматты анықтай алмаса, жетекші оның жеке басын растай алады. Азаматтың құжатындағы сәйкестендіру нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason. It is recorded with the act it allows.</source>
        <translation>Жетекші өз атын таңдайды, өз PIN-кодын енгізеді және себебін жазады. Бұл растау ол рұқсат берген жазбамен бірге жазылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc cancels: nothing is recorded.</source>
        <translation>Esc — болдырмау: ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A supervisor's word</source>
        <translation>Жетекшінің растауы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>This act is out of the ordinary, for example a meal outside its hours or an act to reverse. It is recorded only on a supervisor's word.</source>
        <translation>Бұл әдеттен тыс жазба, мысалы, уақытынан тыс тамақ немесе жазбаның күшін жою. Ол тек жетекшінің растауымен жазылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason.</source>
        <translation>Жетекші өз атын таңдайды, өз PIN-кодын енгізеді және себебін жазады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>School meals</source>
        <translation>Мектеп тамағы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the meal and the class. Then tap each child as they are served, or move with the arrow keys and press Enter.</source>
        <translation>Тамақтану уақыты мен сыныпты таңдаңыз. Содан кейін әр балаға тамақ берілгенде оның карточкасын түртіңіз немесе көрсеткі пернелерімен жылжып, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A served child's tile shows the time; a child is served once a meal. A dashed tile: not eligible for free meals.</source>
        <translation>Тамақ алған баланың карточкасында уақыт көрсетіледі; балаға әр тамақтануда бір рет беріледі. Пунктир жиекті карточка: тегін тамақтануға құқығы жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Outside the meal's hours a meal is recorded only on a supervisor's word: their name, their PIN and the reason.</source>
        <translation>Тамақтану уақытынан тыс тамақ тек жетекшінің растауымен жазылады: оның аты, PIN-коды және себебі.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice: the documents for the meals served in a period.</source>
        <translation>Акт және шот-фактура: кезеңде берілген тамақ үшін құжаттар.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice</source>
        <translation>Қызмет көрсету актісі және шот-фактура</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the school, the first day and the last day, then make the documents: a PDF to print and sign, and a CSV file for spreadsheets.</source>
        <translation>Мектепті, бірінші және соңғы күнді таңдап, құжаттарды жасаңыз: PDF — басып шығарып, қол қою үшін, CSV файл — кестелер үшін.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Only the meals actually served are counted.</source>
        <translation>Тек нақты берілген тамақ қана есепке алынады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Applications for social support</source>
        <translation>Әлеуметтік көмекке өтініштер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>New application opens the form. A draft is saved at every step: resume it or discard it here.</source>
        <translation>«Жаңа өтініш» форманы ашады. Әр қадамда қаралама сақталады: оны осында жалғастырыңыз немесе жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Submitted applications wait here until they reach the registry; they are sent whenever the terminal is online.</source>
        <translation>Тапсырылған өтініштер тізілімге жеткенше осында күтеді; терминал желіге қосылғанда олар жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sent application has a number and a status. Open one to see its history and to print the slip for the family.</source>
        <translation>Әр жіберілген өтініштің нөмірі мен күйі бар. Оның тарихын көру және отбасына қолхат басып шығару үшін өтінішті ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The application form</source>
        <translation>Өтініш формасы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Fill in one step at a time. Next checks the step and saves the draft; Back goes to the step before. The list on the left shows every step.</source>
        <translation>Қадамдарды бір-бірлеп толтырыңыз. «Келесі» қадамды тексереді және қараламаны сақтайды; «Артқа» алдыңғы қадамға қайтарады. Сол жақтағы тізімде барлық қадамдар көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Save and close keeps the draft, to finish it later from the list of drafts.</source>
        <translation>«Сақтау және жабу» қараламаны сақтап қояды: оны кейінірек қаралама тізімінен аяқтауға болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The last step shows the assessment. Submit puts the application in the queue for the registry; it cannot be changed after that.</source>
        <translation>Соңғы қадамда бағалау көрсетіледі. «Өтінішті тапсыру» өтінішті тізілімге жіберу кезегіне қояды; содан кейін оны өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The face step needs the applicant's own consent to a face template. If the face looks like someone already enrolled, the application is marked for the registry to check.</source>
        <translation>Бет-бейне қадамында өтініш берушінің бет-бейне үлгісіне өз келісімі керек. Бет-бейне бұрын сақталған біреуге ұқсаса, өтініш тізілім тексеруі үшін белгіленеді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Operators</source>
        <translation>Операторлар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs: type it twice.</source>
        <translation>Жаңа PIN-код орнату үшін операторды таңдаңыз, мысалы, ол өз кодын ұмытып қалса: оны екі рет енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Unlock lets an operator locked after wrong PINs sign in again.</source>
        <translation>«Бұғаттан шығару» қате PIN-кодтардан кейін бұғатталған операторға қайта кіруге мүмкіндік береді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Overrides</source>
        <translation>Жетекші растаулары</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Medicines handed over on a supervisor's word when Face-ID could not match, newest first: who handed them over, who approved, and why.</source>
        <translation>Face-ID анықтай алмағанда жетекшінің растауымен берілген дәрілер, алдымен жаңалары: кім берген, кім растаған және неге.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sensitive act at this terminal, newest first.</source>
        <translation>Осы терминалдағы барлық маңызды әрекеттер, алдымен жаңалары.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Verify the chain checks that no entry was changed or removed behind the program's back.</source>
        <translation>«Тізбекті тексеру» бірде-бір жазба бағдарламаны айналып өтіп өзгертілмегенін немесе жойылмағанын тексереді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Sync problems</source>
        <translation>Синхрондау мәселелері</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Acts the registry did not take, and news from the registry this terminal could not apply.</source>
        <translation>Тізілім қабылдамаған жазбалар және осы терминал қолдана алмаған тізілім мәліметтері.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Nothing is lost: every act stays on this terminal. Give the act's number to the registry's help desk.</source>
        <translation>Ештеңе жоғалмайды: әр жазба осы терминалда қалады. Жазба нөмірін тізілімнің қолдау қызметіне айтыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's acts</source>
        <translation>Бүгінгі жазбалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hand-outs, meals and aids recorded at this terminal today, newest first.</source>
        <translation>Бүгін осы терминалда жазылған дәрі, тамақ және құрал берулер, алдымен жаңалары.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose a mistaken one and reverse it, on a supervisor's word with the reason. Medicines go back on the prescription and in stock; a meal no longer counts; an aid's entitlement can be handed over again.</source>
        <translation>Қатесін таңдап, жетекшінің растауымен және себебін жазып, күшін жойыңыз. Дәрілер рецептке және қоймаға қайтарылады; тамақ есепке алынбайды; құралды сол құқық бойынша қайта беруге болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The bar at the bottom</source>
        <translation>Төменгі панель</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Online or offline: offline, work goes on and the acts wait in the queue until the registry can be reached.</source>
        <translation>Желіде немесе желі жоқ: желі болмаса да жұмыс жалғасады, ал жазбалар тізіліммен байланыс орнағанша кезекте күтеді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Queue: acts not sent yet. Set aside: acts the registry did not take; a supervisor sees them under Sync problems. Sync now (F9) sends at once.</source>
        <translation>Кезек: әлі жіберілмеген жазбалар. Шетке қойылған: тізілім қабылдамаған жазбалар; жетекші оларды «Синхрондау мәселелері» бөлімінде көреді. «Синхрондау» (F9) бірден жібереді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hamyon Terminal</source>
        <translation>Hamyon Terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Press F1 on any screen for help about it.</source>
        <translation>Кез келген экранда F1 пернесін басыңыз: сол экран туралы анықтама шығады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>On every screen</source>
        <translation>Барлық экрандарда</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A+ at the top makes the text larger, for you or for a patient who reads along (Ctrl+Plus); press it again for the usual size (Ctrl+Minus).</source>
        <translation>Жоғарыдағы A+ мәтінді үлкейтеді — сіз үшін немесе экранды бірге оқып отырған науқас үшін (Ctrl+Plus); әдеттегі өлшемге қайту үшін оны қайта басыңыз (Ctrl+Minus).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close (Enter)</source>
        <translation>Жабу (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close the help</source>
        <translation>Анықтаманы жабу</translation>
    </message>
</context>
<context>
    <name>IdNumberEntry</name>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{kind} from the citizen's document</source>
        <translation>{kind} — азаматтың құжатынан</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>Check the face</source>
        <translation>Бет-бейнені тексеру</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>{count} of {length} digits</source>
        <translation>{count} / {length} цифр</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>✓ Born on {date}, {sex}. Compare with the document.</source>
        <translation>✓ Туған күні {date}, {sex}. Құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the {kind}.</source>
        <translation>«{kind}» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{typed} of {count} digits</source>
        <translation>{typed} / {count} цифр</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>The number is valid.</source>
        <translation>Нөмір дұрыс.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{count} digits</source>
        <translation>{count} цифр</translation>
    </message>
</context>
<context>
    <name>IncomesStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Incomes</source>
        <translation>Табыстар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Every regular income of the family, per month, before tax. If nobody earns anything, go on.</source>
        <translation>Отбасының барлық тұрақты табыстары — айына, салық ұсталғанға дейін. Ешкім табыс таппаса, әрі қарай өтіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Whose income</source>
        <translation>Кімнің табысы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Amount a month ({currency})</source>
        <translation>Айлық сома ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the income</source>
        <translation>Табысты қосу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the income</source>
        <translation>Табысты алып тастау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No income added.</source>
        <translation>Табыс қосылмаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{source}: {amount} a month</source>
        <translation>{source}: айына {amount}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>An amount is typed but not added: press “Add the income”, or clear it.</source>
        <translation>Сома енгізілген, бірақ қосылмаған: «Табысты қосу» түймесін басыңыз немесе оны өшіріңіз.</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Stopping after the current step…</source>
        <translation>Ағымдағы қадамнан кейін тоқтатылады…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>This terminal is locked</source>
        <translation>Терминал құлыпталған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>{name}: type your PIN to go on. Someone else may choose their own name and sign in instead.</source>
        <translation>{name}: жалғастыру үшін PIN-кодыңызды енгізіңіз. Басқа қызметкер өз атын таңдап, жүйеге кіре алады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Sign in and sign {name} out</source>
        <translation>Кіру ({name} жүйеден шығады)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Choose your name first.</source>
        <translation>Алдымен атыңызды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>This language is not available; English is shown.</source>
        <translation>Бұл тіл қолжетімсіз; ағылшын тілі көрсетілуде.</translation>
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
        <translation>Қызмет көрсету актісі және шот-фактура</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>MealReportPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act and invoice</source>
        <translation>Қызмет көрсету актісі және шот-фактура</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Funding follows the meals actually served. Choose the period, then make the documents: PDF to print and sign, CSV for spreadsheets.</source>
        <translation>Қаржы нақты берілген тамақ үшін бөлінеді. Кезеңді таңдап, құжаттарды жасаңыз: PDF — басып шығарып, қол қою үшін, CSV — кестелер үшін.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Make the act and invoice</source>
        <translation>Акт пен шот-фактураны жасау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day of the period</source>
        <translation>Кезеңнің бірінші күні</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day of the period</source>
        <translation>Кезеңнің соңғы күні</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>No school is set up at this site.</source>
        <translation>Бұл мекемеде мектеп бапталмаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The first day is after the last day: change one of them.</source>
        <translation>Бірінші күн соңғы күннен кейін: олардың бірін өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Counting the meals served…</source>
        <translation>Берілген тамақ саналуда…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Writing the act and the invoice…</source>
        <translation>Акт пен шот-фактура жазылуда…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Invoice for free school meals</source>
        <translation>Тегін мектеп тамағы үшін шот-фактура</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act: free school meals served</source>
        <translation>Қызмет көрсету актісі: берілген тегін мектеп тамағы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>{start} to {end}</source>
        <translation>{start} — {end}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meal</source>
        <translation>Тамақтану</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served</source>
        <translation>Берілген тамақ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Total due</source>
        <translation>Барлығы төленеді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served in the period</source>
        <translation>Кезеңде берілгені</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School director: ____________________</source>
        <translation>Мектеп директоры: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Canteen provider: ____________________</source>
        <translation>Тамақ жеткізуші: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The service act and the invoice for {start} to {end} are ready: {meals} meals served, {amount} to pay. The PDF and CSV files are in the folder {folder}.</source>
        <translation>{start} — {end} кезеңіне акт пен шот-фактура дайын: {meals} порция берілді, төленетіні — {amount}. PDF және CSV файлдары {folder} қалтасында.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Cancelled: no documents were made.</source>
        <translation>Тоқтатылды: құжаттар жасалмады.</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School meals</source>
        <translation>Мектеп тамағы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Meal</source>
        <translation>Тамақтану</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Students of the class</source>
        <translation>Сынып оқушылары</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Service act and invoice…</source>
        <translation>Акт және шот-фактура…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>No school is set up at this site.</source>
        <translation>Бұл мекемеде мектеп бапталмаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Choose the meal and the class.</source>
        <translation>Тамақтану уақыты мен сыныпты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class {name}, {session}: {served} of {eligible} served</source>
        <translation>{name} сынып, {session}: {eligible} оқушының {served} тамақтанды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>A meal outside its hours</source>
        <translation>Уақытынан тыс тамақ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Not recorded: the meal is outside its hours and no supervisor confirmed it.</source>
        <translation>Жазылмады: тамақ уақытынан тыс және жетекші оны растамады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Served: {student}, {session} at {time}.</source>
        <translation>Берілді: {student}, {session}, сағат {time}.</translation>
    </message>
</context>
<context>
    <name>MembersStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Everyone who lives with the applicant and shares the household. Add them one by one.</source>
        <translation>Өтініш берушімен бірге тұратын және ортақ шаруашылық жүргізетін барлық адам. Оларды бір-бірлеп қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in</source>
        <translation>Қызмет орны</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Add to the family</source>
        <translation>Отбасына қосу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Remove from the family</source>
        <translation>Отбасынан алып тастау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Nobody added yet: the applicant lives alone?</source>
        <translation>Әзірге ешкім қосылмаған: өтініш беруші жалғыз тұра ма?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Family members</source>
        <translation>Отбасы мүшелері</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>{relation} · {pin} · age {age}</source>
        <translation>{relation} · {pin} · жасы {age}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>This ID number is already in the family.</source>
        <translation>Бұл сәйкестендіру нөмірі отбасында бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>A family member is typed but not added: press “Add to the family”, or clear the fields.</source>
        <translation>Отбасы мүшесі енгізілген, бірақ қосылмаған: «Отбасына қосу» түймесін басыңыз немесе өрістерді тазалаңыз.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators of this terminal</source>
        <translation>Осы терминалдың операторлары</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs.</source>
        <translation>Жаңа PIN-код орнату үшін операторды таңдаңыз, мысалы, ол өз кодын ұмытып қалса.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN</source>
        <translation>Жаңа PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN again</source>
        <translation>PIN-код тағы бір рет</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators</source>
        <translation>Операторлар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Set the PIN</source>
        <translation>PIN-кодты орнату</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>set</source>
        <translation>орнатылған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>not set yet</source>
        <translation>әлі орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until a new PIN is set</source>
        <translation>жаңа PIN-код орнатылғанша бұғатталған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until {time}</source>
        <translation>сағат {time} дейін бұғатталған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN for {name}</source>
        <translation>Жаңа PIN-код: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator.</source>
        <translation>Операторды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} typed a wrong PIN too many times: set a new PIN to unlock them.</source>
        <translation>{name} PIN-кодты тым көп рет қате енгізді: бұғаттан шығару үшін жаңа PIN-код орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is locked after wrong PINs until {time}.</source>
        <translation>{name} қате PIN-кодтардан кейін сағат {time} дейін бұғатталған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>A PIN has at least {count} characters.</source>
        <translation>PIN-код кемінде {count} таңбадан тұрады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The two PINs are not the same: type them again.</source>
        <translation>Екі PIN-код бірдей емес: оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN of {name} is set. They can sign in with it now.</source>
        <translation>PIN-код орнатылды ({name}). Енді онымен кіруге болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is unlocked and can sign in with their PIN now.</source>
        <translation>{name} бұғаттан шығарылды: енді өз PIN-кодымен кіре алады.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor override</source>
        <translation>Жетекшінің растауы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Only when Face-ID cannot identify the citizen. It is recorded with the supervisor's name.</source>
        <translation>Тек Face-ID азаматты анықтай алмағанда. Жетекшінің атымен бірге жазылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Citizen's ID number, from their document</source>
        <translation>Азаматтың сәйкестендіру нөмірі (құжатынан)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor</source>
        <translation>Жетекші</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Жетекшінің өз PIN-коды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's PIN</source>
        <translation>Жетекшінің PIN-коды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason (written out)</source>
        <translation>Себебі (сөзбен жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>For example: the face is bandaged after an operation.</source>
        <translation>Мысалы: операциядан кейін бет таңылған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Confirm the override</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Another supervisor must sign: no one approves their own override.</source>
        <translation>Басқа жетекші қол қоюы керек: ешкім өз растауына өзі қол қоймайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>No supervisor can sign in on this terminal.</source>
        <translation>Бұл терминалға кіре алатын жетекші жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Type the citizen's ID number.</source>
        <translation>Азаматтың сәйкестендіру нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Choose the supervisor.</source>
        <translation>Жетекшіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>Жетекші өз PIN-кодын енгізеді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Write the reason for the override.</source>
        <translation>Растау себебін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>OverridesPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Overrides</source>
        <translation>Жетекші растаулары</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Medicines handed over when Face-ID could not match, on a supervisor's word. Newest first.</source>
        <translation>Face-ID анықтай алмағанда жетекшінің растауымен берілген дәрілер. Алдымен жаңалары.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>No overrides recorded on this terminal.</source>
        <translation>Бұл терминалда жетекші растаулары жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Citizen</source>
        <translation>Азамат</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Handed over by {nurse}
Approved by {supervisor}</source>
        <translation>Берген: {nurse}
Растаған: {supervisor}</translation>
    </message>
</context>
<context>
    <name>PackScanBox</name>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan every pack handed out:</source>
        <translation>Берілетін әр қаптаманы сканерлеңіз:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Pack code</source>
        <translation>Қаптама коды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan the square code on the pack</source>
        <translation>Қаптамадағы шаршы кодты сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan with the camera</source>
        <translation>Камерамен сканерлеу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Hold the pack's square code up to the camera.</source>
        <translation>Қаптаманың шаршы кодын камераға жақындатыңыз.</translation>
    </message>
</context>
<context>
    <name>PatientHistoryPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Handed out at this terminal</source>
        <translation>Осы терминалда берілген</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescribed medicines</source>
        <translation>Тағайындалған дәрілер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Check the face and hand out (Enter)</source>
        <translation>Бет-бейнені тексеріп беру (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Print the last receipt again (Ctrl+R)</source>
        <translation>Соңғы түбіртекті қайта басып шығару (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reverse the chosen hand-out…</source>
        <translation>Таңдалған берудің күшін жою…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Enroll face…</source>
        <translation>Бет-бейнені сақтау…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Back (Esc)</source>
        <translation>Артқа (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Жасы {age} · сәйкестендіру нөмірі {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescription</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicine</source>
        <translation>Дәрі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Last handed out</source>
        <translation>Соңғы рет берілген</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicines</source>
        <translation>Дәрілер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Cost to the state</source>
        <translation>Мемлекет төлейді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>By</source>
        <translation>Кім берді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>No prescriptions and nothing handed out yet.</source>
        <translation>Рецепт жоқ, әлі ештеңе берілмеген.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>nothing left</source>
        <translation>ештеңе қалмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{remaining} of {prescribed} {unit}</source>
        <translation>{remaining} / {prescribed} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>here, {when}</source>
        <translation>осында, {when}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{count} {unit} at other terminals</source>
        <translation>басқа терминалдарда {count} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>never</source>
        <translation>әлі берілмеген</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{when}, {name}: {medicines}</source>
        <translation>{when}, {name}: {medicines}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Күші жойылды. Мөлшерлер рецептке және қоймаға қайтарылды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Face enrolled. It is sent to the registry at the next sync.</source>
        <translation>Бет-бейне сақталды. Ол келесі синхрондау кезінде тізілімге жіберіледі.</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Find a patient</source>
        <translation>Науқасты іздеу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then Enter. Finding a patient does not identify them: their face is checked before anything is handed out.</source>
        <translation>Аты-жөнін (латын немесе кирилл әріптерімен), туған күнін (КК.АА.ЖЖЖЖ) немесе сәйкестендіру нөмірін енгізіп, Enter пернесін басыңыз. Науқасты табу оның жеке басын анықтау емес: бірдеңе бермес бұрын оның бет-бейнесі тексеріледі.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name, birth date or ID number</source>
        <translation>Аты-жөні, туған күні немесе сәйкестендіру нөмірі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Search (Enter)</source>
        <translation>Іздеу (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Back (Esc)</source>
        <translation>Артқа (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>ID number</source>
        <translation>Сәйкестендіру нөмірі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Nobody of this site matches.</source>
        <translation>Бұл мекемеде сәйкес келетін науқас жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>More than {count} patients match: type more of the name or the birth date.</source>
        <translation>{count} науқастан көп сәйкес келеді: аты-жөнін немесе туған күнін толығырақ енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PharmacyDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Артқа (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today, {date}</source>
        <translation>Бүгін, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Hand-outs: {count} · Patients: {people} · Cost to the state: {money}</source>
        <translation>Берілді: {count} рет · Науқастар: {people} · Мемлекет есебінен: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Medicine</source>
        <translation>Дәрі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Handed out today</source>
        <translation>Бүгін берілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>In stock</source>
        <translation>Қоймада</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Lasts</source>
        <translation>Жетеді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Running low (less than {days} days left): {names}</source>
        <translation>Таусылып барады ({days} күннен азға жетеді): {names}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>out of stock</source>
        <translation>қоймада жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>none handed out lately</source>
        <translation>соңғы кезде берілмеген</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>about {days} days</source>
        <translation>шамамен {days} күн</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>A phone number has digits only, for example +998 90 123 45 67.</source>
        <translation>Телефон нөмірі тек цифрлардан тұрады, мысалы +998 90 123 45 67.</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, туған күні {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Face template</source>
        <translation>Бет-бейне үлгісі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Only a face template is taken: numbers that describe the face, never the picture. It is compared with the faces enrolled here, so that nobody applies under two names. You may skip this step.</source>
        <translation>Тек бет-бейне үлгісі алынады — бет-бейнені сипаттайтын сандар, суреттің өзі емес. Ешкім екі атпен өтініш бермеуі үшін ол осында сақталған бет-бейнелермен салыстырылады. Бұл қадамды өткізіп жіберуге болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Ask the applicant first. If they are on this site's list of citizens, the template is also kept for Face-ID. They may refuse: the application goes on without it.</source>
        <translation>Алдымен өтініш берушіден сұраңыз. Ол осы мекеменің азаматтар тізімінде болса, үлгі Face-ID үшін де сақталады. Ол бас тарта алады: өтініш онсыз жалғасады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant agrees to the face template</source>
        <translation>Өтініш беруші бет-бейне үлгісіне келіседі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Stop the camera</source>
        <translation>Камераны тоқтату</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Delete the template</source>
        <translation>Үлгіні жою</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Камера кескіні: бет-бейнені кадрға алу үшін</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Checking the face against everyone enrolled at this site…</source>
        <translation>Бет-бейне осы мекемеде сақталған барлық бет-бейнелермен салыстырылуда…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>⚠ This face looks like {people}, already enrolled at this site. The application is flagged for the registry to check.</source>
        <translation>⚠ Бұл бет-бейне осы мекемеде бұрын сақталған адамға ұқсайды: {people}. Өтініш тізілім тексеруі үшін белгіленді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ This is the applicant's own face, enrolled before.</source>
        <translation>✓ Бұл өтініш берушінің бұрын сақталған өз бет-бейнесі.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ Nobody enrolled at this site looks like the applicant.</source>
        <translation>✓ Осы мекемеде сақталғандардың ешқайсысы өтініш берушіге ұқсамайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: a face like someone else's is never kept.</source>
        <translation>Тек осы тексеру үшін пайдаланылады: басқа адамға ұқсас бет-бейне ешқашан сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: the applicant is not on this site's list of citizens.</source>
        <translation>Тек осы тексеру үшін пайдаланылады: өтініш беруші осы мекеменің азаматтар тізімінде жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Kept for Face-ID at this site once the application is submitted.</source>
        <translation>Өтініш тапсырылғаннан кейін осы мекемеде Face-ID үшін сақталады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template again</source>
        <translation>Бет-бейне үлгісін қайта алу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template</source>
        <translation>Бет-бейне үлгісін алу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ Бет-бейне үлгісі алынды. Сурет сақталмады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No camera is set up on this terminal: skip this step.</source>
        <translation>Бұл терминалда камера бапталмаған: бұл қадамды өткізіп жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant has not agreed to a face template: none can be taken. Tick the box if they agree, or skip this step.</source>
        <translation>Өтініш беруші бет-бейне үлгісіне келісім бермеген: оны алуға болмайды. Келіссе, белгі қойыңыз немесе бұл қадамды өткізіп жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No face template yet.</source>
        <translation>Бет-бейне үлгісі әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Look at the camera</source>
        <translation>Камераға қараңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Good, hold still</source>
        <translation>Жақсы, қозғалмаңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>Жақсы суреттер: {count} / {needed}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No good picture in time. Add light in front of the face, ask the applicant to look at the camera and try again, or skip this step.</source>
        <translation>Белгіленген уақытта жақсы сурет түспеді. Бет алдына жарық қосыңыз, өтініш берушіден камераға қарауын сұрап, қайталап көріңіз немесе бұл қадамды өткізіп жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera off</source>
        <translation>Камера сөндірулі</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <location filename="../../terminal/ui/demo_app.py"/>
        <source>Preparing the demo site …</source>
        <translation>Демо мекеме дайындалуда …</translation>
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
        <translation>Берілді: түбіртек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt</source>
        <translation>Түбіртек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Print (Ctrl+P)</source>
        <translation>Басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>PDF ретінде сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paper for printing</source>
        <translation>Басып шығаруға арналған қағаз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>A4 sheet</source>
        <translation>A4 парақ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>80 mm roll</source>
        <translation>80 мм рулон</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>58 mm roll</source>
        <translation>58 мм рулон</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Next patient (Enter)</source>
        <translation>Келесі науқас (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Түбіртек {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Patient: {name}, ID number {number}</source>
        <translation>Науқас: {name}, сәйкестендіру нөмірі {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Жеке басын анықтау тәсілі: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Мемлекет төледі: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the patient: {money}</source>
        <translation>Науқас төледі: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Dispensed by: {name}</source>
        <translation>Дәрі берген: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Reversed on {time} by {name}: {reason}. Nothing of it counts.</source>
        <translation>Күші жойылған ({time}, {name}): {reason}. Бұл беру есепке алынбайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Medicine</source>
        <translation>Дәрі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>State price</source>
        <translation>Мемлекеттік баға</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Cost to the state</source>
        <translation>Мемлекет төлейді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription {number}</source>
        <translation>Рецепт {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Packs: {serials}</source>
        <translation>Қаптамалар: {serials}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>supervisor override ({reason})</source>
        <translation>жетекшінің растауы ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>ID number with face verification</source>
        <translation>сәйкестендіру нөмірі және бет-бейнені тексеру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Face-ID</source>
        <translation>Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to print the receipt.</source>
        <translation>Чекті басып шығару үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sent to the printer.</source>
        <translation>Принтерге жіберілді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save the receipt as PDF</source>
        <translation>Түбіртекті PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to save the receipt.</source>
        <translation>Чекті сақтау үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}</source>
        <translation>Түбіртек {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>The receipt could not be saved as {path}. Choose another folder.</source>
        <translation>Түбіртекті {path} ретінде сақтау мүмкін болмады. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Saved as {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
</context>
<context>
    <name>Reversal</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reversed by {name}: {reason}</source>
        <translation>Күші жойылған ({name}): {reason}</translation>
    </message>
</context>
<context>
    <name>ReversalWordDialog</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a hand-out</source>
        <translation>Дәрі берудің күшін жою</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a meal</source>
        <translation>Тамақ берудің күшін жою</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an aid's hand-over</source>
        <translation>Құрал берудің күшін жою</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an act</source>
        <translation>Жазбаның күшін жою</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The medicines go back on the prescription and in stock.</source>
        <translation>Дәрілер рецептке және қоймаға қайтарылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The meal no longer counts; the student may be served again.</source>
        <translation>Тамақ есепке алынбайды; оқушыға қайта тамақ беруге болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Құрал есепке алынбайды; оны сол құқық бойынша қайта беруге болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The act no longer counts.</source>
        <translation>Жазба есепке алынбайды.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check and submit</source>
        <translation>Тексеру және тапсыру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check the summary with the applicant, then submit.</source>
        <translation>Қорытындыны өтініш берушімен бірге тексеріп, содан кейін тапсырыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>This is a preliminary assessment: the registry makes the decision. Once submitted, the application cannot be changed; it is sent to the registry when the terminal is online.</source>
        <translation>Бұл алдын ала бағалау: шешімді тізілім қабылдайды. Тапсырылған өтінішті өзгерту мүмкін емес; терминал желіге қосылғанда ол тізілімге жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Submit the application</source>
        <translation>Өтінішті тапсыру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>⚠ The applicant's face looks like {people}: the application goes to the registry flagged, for it to check who applies.</source>
        <translation>⚠ Өтініш берушінің бет-бейнесі мына адамға ұқсайды: {people}. Өтініш беруші кім екенін тексеру үшін өтініш тізілімге белгіленіп жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>✓ The applicant's face was checked: it looks like nobody else enrolled here.</source>
        <translation>✓ Өтініш берушінің бет-бейнесі тексерілді: ол мұнда сақталған басқа ешкімге ұқсамайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>{applicant}, {benefit}. Family: {size} people. Incomes: {income} a month. Property: {assets}.</source>
        <translation>{applicant}, {benefit}. Отбасы: {size} адам. Табыстар: айына {income}. Мүлік: {assets}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Assessing…</source>
        <translation>Бағалануда…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Flagged: this family may not receive these benefits.</source>
        <translation>Белгіленді: бұл отбасы мұндай көмекті ала алмайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears to be eligible.</source>
        <translation>Отбасы көмек алуға құқылы сияқты.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears not to be eligible; it may still apply.</source>
        <translation>Отбасының көмек алуға құқығы жоқ сияқты; соған қарамастан өтініш бере алады.</translation>
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
        <translation>Пайдасына: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Against: {reason}</source>
        <translation>Қарсы: {reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Nurse</source>
        <translation>Медбике</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Canteen staff</source>
        <translation>Асхана қызметкері</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Field inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Social worker</source>
        <translation>Әлеуметтік қызметкер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Supervisor</source>
        <translation>Жетекші</translation>
    </message>
</context>
<context>
    <name>SentApplicationsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Sent applications</source>
        <translation>Жіберілген өтініштер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Every application submitted on this terminal, the newest first.</source>
        <translation>Осы терминалда тапсырылған барлық өтініштер, алдымен жаңалары.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Find by the applicant's name or the number</source>
        <translation>Өтініш берушінің аты немесе нөмір бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Артқа (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Open the application</source>
        <translation>Өтінішті ашу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{number} · {applicant}
{benefit} · submitted {time}
{status}</source>
        <translation>{number} · {applicant}
{benefit} · тапсырылды: {time}
{status}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{application} · ⚠ the face looks like someone else's</source>
        <translation>{application} · ⚠ бет-бейне басқа адамға ұқсайды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No sent application has this name or number.</source>
        <translation>Мұндай аты немесе нөмірі бар жіберілген өтініш жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No application has been submitted on this terminal yet.</source>
        <translation>Бұл терминалда әлі ешбір өтініш тапсырылмаған.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Hamyon Terminal: set-up</source>
        <translation>Hamyon Terminal: баптау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Set up this terminal</source>
        <translation>Терминалды баптау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type the registry's address and the one-time code your registry team gave you.</source>
        <translation>Тізілім мекенжайын және тізілім тобы берген бір реттік кодты енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Registry address</source>
        <translation>Тізілім мекенжайы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Enrollment code</source>
        <translation>Қосылу коды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connect</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Open the demo site instead</source>
        <translation>Оның орнына демо мекемені ашу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type both the address and the code.</source>
        <translation>Мекенжайды да, кодты да енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connecting to the registry and downloading this site …</source>
        <translation>Тізілімге қосылып, мекеме деректері жүктелуде …</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Preparing the demo site …</source>
        <translation>Демо мекеме дайындалуда …</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Who is working at this terminal?</source>
        <translation>Бұл терминалда кім жұмыс істейді?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name, type your PIN and press Enter.</source>
        <translation>Атыңызды таңдап, PIN-кодыңызды енгізіңіз және Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Operators</source>
        <translation>Операторлар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name first.</source>
        <translation>Алдымен атыңызды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Sign in to print the slip.</source>
        <translation>Қолхатты басып шығару үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>The slip is sent to the printer.</source>
        <translation>Қолхат принтерге жіберілді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Өтініш беруші: {name}, сәйкестендіру нөмірі {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Submitted on {date}</source>
        <translation>Тапсырылды: {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Benefit asked for: {benefit}</source>
        <translation>Сұралған көмек түрі: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Family members: {count}</source>
        <translation>Отбасы мүшелері: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Application for social support</source>
        <translation>Әлеуметтік көмекке өтініш</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>quote the number above at {facility}, or to the social protection registry's help line. Keep this slip.</source>
        <translation>жоғарыдағы нөмірді {facility} мекемесінде немесе әлеуметтік қорғау тізілімінің анықтама қызметінде айтыңыз. Бұл қолхатты сақтап қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Preliminary assessment:</source>
        <translation>Алдын ала бағалау:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>This is a preliminary assessment made at the office: the registry decides.</source>
        <translation>Бұл мекемеде жасалған алдын ала бағалау: шешімді тізілім қабылдайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Status on {date}:</source>
        <translation>{date} күнгі күйі:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>What happens next:</source>
        <translation>Әрі қарай не болады:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>To ask about the application:</source>
        <translation>Өтініш туралы сұрау үшін:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>{status}. The registry's note: {note}</source>
        <translation>{status}. Тізілімнің ескертпесі: {note}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may not receive these benefits (see why below).</source>
        <translation>отбасы мұндай көмекті ала алмайды (себебін төменнен қараңыз).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears to be eligible.</source>
        <translation>отбасы көмек алуға құқылы сияқты.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears not to be eligible; the registry still decides.</source>
        <translation>отбасының көмек алуға құқығы жоқ сияқты; дегенмен шешімді тізілім қабылдайды.</translation>
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
        <translation>мекеме терминалы желіге қосылысымен өтініш тізілімге жіберіледі. Тізілім отбасының деректерін басқа мемлекеттік органдардың деректерімен салыстырып, шешім қабылдайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry checks the family's data with other state bodies and decides; the office tells the family of the decision.</source>
        <translation>тізілім отбасының деректерін басқа мемлекеттік органдардың деректерімен салыстырып, шешім қабылдайды; шешімді мекеме отбасына хабарлайды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the benefit is paid as the registry's decision says.</source>
        <translation>көмек тізілімнің шешіміне сәйкес төленеді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may ask the office why, and apply again when its situation changes.</source>
        <translation>отбасы мекемеден себебін сұрай алады және жағдайы өзгергенде қайта өтініш бере алады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry needs more from the family: come to the office with this slip.</source>
        <translation>тізілімге отбасынан қосымша мәлімет керек: осы қолхатпен мекемеге келіңіз.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Not connected to a registry</source>
        <translation>Тізілімге қосылмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Online</source>
        <translation>● Желіде</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Offline: work goes on, acts wait in the queue</source>
        <translation>● Желі жоқ: жұмыс жалғасады, жазбалар кезекте күтеді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Queue: {count}</source>
        <translation>Кезек: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Set aside: {count}</source>
        <translation>Шетке қойылған: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Last sync: {time}</source>
        <translation>Синхрондалған: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Never synced</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Sync now</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>The data store of this terminal is damaged: new acts are refused. Ask IT to run 'hamyon store recover'; every act that can still be read is kept.</source>
        <translation>Бұл терминалдың деректер қоймасы бүлінген: жаңа жазбалар қабылданбайды. IT маманынан 'hamyon store recover' орындауын сұраңыз; әлі оқылатын барлық жазбалар сақталады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{days} days</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} ahead of the registry: set it right</source>
        <translation>Сағат тізілімнен {amount} алда: оны дұрыстаңыз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} behind the registry: set it right</source>
        <translation>Сағат тізілімнен {amount} артта: оны дұрыстаңыз</translation>
    </message>
</context>
<context>
    <name>StudentTile</name>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not eligible for free meals</source>
        <translation>Тегін тамақтануға құқығы жоқ</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>✓ Served at {time}</source>
        <translation>✓ Берілді: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not served yet</source>
        <translation>Әлі берілмеген</translation>
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
        <translation>Жетекші</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Supervisor's pages</source>
        <translation>Жетекші бөлімдері</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Operators</source>
        <translation>Операторлар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Overrides</source>
        <translation>Жетекші растаулары</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Meal reports</source>
        <translation>Тамақтану есептері</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Sync problems</source>
        <translation>Синхрондау мәселелері</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Today's acts</source>
        <translation>Бүгінгі жазбалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Spoken guidance</source>
        <translation>Дауыстық нұсқаулар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>USB stick</source>
        <translation>Флешка</translation>
    </message>
</context>
<context>
    <name>SupervisorWordDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>A supervisor confirms it with their own PIN. It is recorded with their name and reason.</source>
        <translation>Жетекші мұны өз PIN-кодымен растайды. Бұл жетекшінің аты мен себебімен бірге жазылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor</source>
        <translation>Жетекші</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Жетекшінің өз PIN-коды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's PIN</source>
        <translation>Жетекшінің PIN-коды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason (written out)</source>
        <translation>Себебі (сөзбен жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>No other supervisor can sign in on this terminal.</source>
        <translation>Бұл терминалға кіре алатын басқа жетекші жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Choose the supervisor.</source>
        <translation>Жетекшіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>Жетекші өз PIN-кодын енгізеді.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Write the reason.</source>
        <translation>Себебін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicines handed out</source>
        <translation>Дәрі беру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School meal</source>
        <translation>Мектеп тамағы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Техникалық құрал берілді</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template enrolled</source>
        <translation>Бет-бейне үлгісі сақталды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Келген кезде бет-бейне үлгісі алынды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template removed</source>
        <translation>Бет-бейне үлгісі жойылды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of an act</source>
        <translation>Жазбаның күшін жою</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Citizen</source>
        <translation>Азамат</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template</source>
        <translation>Бет үлгісі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine</source>
        <translation>Дәрі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Stock delivery</source>
        <translation>Жеткізілім</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Prescription</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Meal session</source>
        <translation>Тамақтану</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Student</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Decision on an application</source>
        <translation>Өтініш бойынша шешім</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Entitlement to a technical aid</source>
        <translation>Техникалық құралға құқық</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of a dispense or meal</source>
        <translation type="vanished">Дәрі немесе тамақ берудің күшін жою</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Not sent or not applied</source>
        <translation>Жіберілмеген немесе қолданылмаған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Nothing here is lost: every act stays on this terminal. Quote the act's number to the registry's help desk; news the terminal could not apply is replaced when the registry sends it again.</source>
        <translation>Мұнда ештеңе жоғалмайды: әр жазба осы терминалда қалады. Жазба нөмірін тізілімнің қолдау қызметіне айтыңыз; терминал қолдана алмаған мәліметтер тізілім оларды қайта жібергенде ауыстырылады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Acts the registry did not take</source>
        <translation>Тізілім қабылдамаған жазбалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None: every act was taken or is waiting in the queue.</source>
        <translation>Жоқ: әр жазба қабылданды немесе кезекте күтіп тұр.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>News from the registry not applied</source>
        <translation>Қолданылмаған тізілім мәліметтері</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine packs handed out twice</source>
        <translation>Екі рет берілген дәрі қаптамалары</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>The registry found these packs handed out before, here or at another terminal: check the packs and the patients' receipts, and tell the registry's help desk the act's number.</source>
        <translation>Тізілім бұл қаптамалардың бұрын осында немесе басқа терминалда берілгенін анықтады: қаптамалар мен науқастардың түбіртектерін тексеріп, жазба нөмірін тізілімнің қолдау қызметіне айтыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Details for the help desk</source>
        <translation>Қолдау қызметіне арналған мәліметтер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Found</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Handed out</source>
        <translation>Қай жерде берілген</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Packs</source>
        <translation>Қаптамалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at this terminal</source>
        <translation>осы терминалда</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at another terminal</source>
        <translation>басқа терминалда</translation>
    </message>
</context>
<context>
    <name>TodaysActsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Today's acts</source>
        <translation>Бүгінгі жазбалар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Hand-outs, meals and aids recorded here today, newest first. Choose a mistaken one to reverse it.</source>
        <translation>Бүгін осында жазылған дәрі, тамақ және құрал берулер, алдымен жаңалары. Қатесінің күшін жою үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Nothing recorded here today.</source>
        <translation>Бүгін осында ештеңе жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reverse the chosen act…</source>
        <translation>Таңдалған жазбаның күшін жою…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Who</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>By</source>
        <translation>Кім жазды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Serial number: {serial}</source>
        <translation>Сериялық нөмір: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>{time}, {what}: {who}, {details}</source>
        <translation>{time}, {what}: {who}, {details}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Күші жойылды. Мөлшерлер рецептке және қоймаға қайтарылды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Күші жойылды. Құрал есепке алынбайды; оны сол құқық бойынша қайта беруге болады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The meal no longer counts; the student may be served again.</source>
        <translation>Күші жойылды. Тамақ есепке алынбайды; оқушыға қайта тамақ беруге болады.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text</source>
        <translation>Ірі мәтін</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text: on with Ctrl+Plus, off with Ctrl+Minus</source>
        <translation>Ірі мәтін: қосу — Ctrl+Plus, өшіру — Ctrl+Minus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Help (F1)</source>
        <translation>Анықтама (F1)</translation>
    </message>
</context>
<context>
    <name>UsbStickPage</name>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>USB stick</source>
        <translation>Флешка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Without a network, carry the acts to the registry on a USB stick and bring its answer back. The file is sealed: a lost stick reveals nothing. The acts stay in the queue until the registry's answer comes back, online or on the stick.</source>
        <translation>Желі болмаса, актілерді флешкамен тізілімге апарып, оның жауабын қайта әкеліңіз. Файл мөрленген: жоғалған флешка ештеңені ашпайды. Тізілімнің жауабы желі арқылы немесе флешкамен келгенше актілер кезекте қалады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>&amp;Folder on the USB stick</source>
        <translation>&amp;Флешкадағы қалта</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Folder on the USB stick</source>
        <translation>Флешкадағы қалта</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Export to USB stick</source>
        <translation>Флешкаға жазу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Import from USB stick</source>
        <translation>Флешкадан жүктеу</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose the folder on the USB stick first.</source>
        <translation>Алдымен флешкадағы қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Writing the bundle…</source>
        <translation>Пакет жазылуда…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Applying the registry's answer…</source>
        <translation>Тізілімнің жауабы қолданылуда…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Written to the stick: {file} (acts: {acts}). Take it to the registry.</source>
        <translation>Флешкаға жазылды: {file} (актілер: {acts}). Оны тізілімге апарыңыз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>The registry's answer is in. Acts answered: {acts}; changes applied: {changes}.</source>
        <translation>Тізілімнің жауабы алынды. Жауап алған актілер: {acts}; қолданылған өзгерістер: {changes}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Stopped. What was applied stays; import again to go on from there.</source>
        <translation>Тоқтатылды. Қолданылғаны сақталады; осы жерден жалғастыру үшін қайта жүктеңіз.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Spoken guidance</source>
        <translation>Дауыстық нұсқаулар</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>In the elderly mode (F7 on the Face-ID screen: large text and voice) this terminal says each Face-ID instruction aloud in the language of the window.</source>
        <translation>Егде адамдарға арналған режимде (Face-ID экранында F7: ірі мәтін және дауыс) бұл терминал Face-ID әр нұсқауын терезе тілінде дауыстап айтады.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Speak the Face-ID instructions on this terminal</source>
        <translation>Осы терминалда Face-ID нұсқауларын дауыстап айту</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>&amp;Loudness</source>
        <translation>Дауыс &amp;қаттылығы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Try the voice</source>
        <translation>Дауысты тыңдап көру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Saved. The Face-ID screen speaks so from now on.</source>
        <translation>Сақталды. Face-ID экраны енді осылай сөйлейді.</translation>
    </message>
</context>
</TS>
