<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn_UZ" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).</extracomment>
        <translation>Nimadir noto‘g‘ri ketdi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {kind} is not valid: {reason}. Please check it against the document.</source>
        <extracomment>An error message (terminal.core.errors.InvalidIdNumber).</extracomment>
        <translation>{kind} noto‘g‘ri: {reason}. Uni hujjat bilan solishtirib tekshiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{field}: '{value}' is not a valid date; use YYYY-MM-DD.</source>
        <extracomment>An error message (terminal.core.errors.InvalidDate).</extracomment>
        <translation>{field}: «{value}» sana emas; uni 2025-12-31 (yil-oy-kun) ko‘rinishida kiriting.</translation>
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
        <translation>Identifikatsiya raqami noto‘g‘ri ({name}): {reason}. Uni hujjat bilan solishtirib tekshiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No citizen with this ID number is registered at this site.</source>
        <extracomment>An error message (terminal.core.errors.UnknownCitizen).</extracomment>
        <translation>Bu identifikatsiya raqamli fuqaro ushbu muassasada ro‘yxatga olinmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Your role ({role}) may not {action}. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.PermissionDenied).</extracomment>
        <translation>Sizning rolingiz ({role}) bilan {action} mumkin emas. Rahbarga murojaat qiling.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This operator is not registered on this terminal or is disabled.</source>
        <extracomment>An error message (terminal.core.errors.UnknownOperator).</extracomment>
        <translation>Bu operator ushbu terminalda ro‘yxatdan o‘tmagan yoki o‘chirilgan.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen must be identified first: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.IdentificationRequired).</extracomment>
        <translation>Avval fuqaroning shaxsini aniqlash kerak: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Prescription {number} cannot be dispensed: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.PrescriptionNotDispensable).</extracomment>
        <translation>№ {number} retsept bo‘yicha dori berib bo‘lmaydi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {remaining} remain on the prescription.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsPrescription).</extracomment>
        <translation>{drug}: {requested} so‘raldi, lekin retsept bo‘yicha faqat {remaining} qoldi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {in_stock} are in stock.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsStock).</extracomment>
        <translation>{drug}: {requested} so‘raldi, lekin omborda faqat {in_stock} bor.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen's consent to store their face is required before it can be enrolled.</source>
        <extracomment>An error message (terminal.core.errors.ConsentRequired).</extracomment>
        <translation>Fuqaroning yuzini saqlash uchun uning roziligi kerak.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This face already matches another citizen's enrolled face. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.FaceEnrolledForAnother).</extracomment>
        <translation>Bu yuz boshqa fuqaroning saqlangan yuziga mos keladi. Rahbarga murojaat qiling.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} is not eligible for free meals at this school.</source>
        <extracomment>An error message (terminal.core.errors.NotEligibleForMeals).</extracomment>
        <translation>{student} bu maktabda bepul ovqatlanish huquqiga ega emas.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} has already had {session} today (served at {served_at}). Not recorded again.</source>
        <extracomment>An error message (terminal.core.errors.MealAlreadyServed).</extracomment>
        <translation>{student} bugun allaqachon ovqatlangan: «{session}» (soat {served_at}). Qayta yozilmadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This meal session does not exist at this school.</source>
        <extracomment>An error message (terminal.core.errors.UnknownMealSession).</extracomment>
        <translation>Bu maktabda bunday ovqatlanish vaqti yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This application was submitted on {submitted_at} and can no longer be changed.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationNotEditable).</extracomment>
        <translation>Bu ariza {submitted_at} kuni topshirilgan, uni endi o‘zgartirib bo‘lmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The application is not complete: {missing}.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationIncomplete).</extracomment>
        <translation>Ariza to‘liq to‘ldirilmagan, yetishmayapti: {missing}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This family already has a submitted application for {benefit} (submitted on {submitted_on}).</source>
        <extracomment>An error message (terminal.core.errors.DuplicateApplication).</extracomment>
        <translation>Bu oila allaqachon ariza bergan: {benefit} ({submitted_on} kuni topshirilgan).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No such application on this terminal.</source>
        <extracomment>An error message (terminal.core.errors.UnknownApplication).</extracomment>
        <translation>Bu terminalda bunday ariza yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The terminal's data store failed: {reason}. Nothing was recorded.</source>
        <extracomment>An error message (terminal.core.errors.StoreError).</extracomment>
        <translation>Terminalning ma’lumotlar omborida xato: {reason}. Hech narsa yozilmadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The disk is full: nothing was recorded. Free some space, then try again.</source>
        <extracomment>An error message (terminal.core.errors.StoreFull).</extracomment>
        <translation>Disk to‘lgan: hech narsa yozilmadi. Joy bo‘shating va qaytadan urinib ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data folder {path} cannot be written to: nothing was recorded. Ask IT to check the disk.</source>
        <extracomment>An error message (terminal.core.errors.StoreReadOnly).</extracomment>
        <translation>Ma’lumotlar papkasiga ({path}) yozib bo‘lmaydi: hech narsa yozilmadi. IT mutaxassisidan diskni tekshirishni so‘rang.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store is busy with another task: nothing was recorded. Try again in a moment.</source>
        <extracomment>An error message (terminal.core.errors.StoreBusy).</extracomment>
        <translation>Ma’lumotlar ombori boshqa vazifa bilan band: hech narsa yozilmadi. Birozdan keyin qaytadan urinib ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged or is not a Hamyon store: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.StoreCorrupt).</extracomment>
        <translation>Ma’lumotlar ombori ({path}) shikastlangan yoki Hamyon ombori emas: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>Ma’lumotlar ombori ({path}) Hamyon dasturining yangiroq versiyasida yozilgan: bu terminalni yangilang.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>Terminal hali sozlanmagan: avval 'hamyon setup' yoki 'hamyon demo' buyrug‘ini bajaring.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>Ism yoki PIN-kod noto‘g‘ri. Qaytadan urinib ko‘ring yoki rahbarga murojaat qiling.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>Chop etish uchun shrift topilmadi (DejaVu Sans): fonts-dejavu-core paketini o‘rnating.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulate.NothingToSimulate).</extracomment>
        <translation>«{what}» uchun modellashtiradigan narsa yo‘q: bu muassasada buning uchun operatorlar, maktablar yoki dorilar yo‘q.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The Face-ID engine failed.</source>
        <extracomment>An error message (biometrics.errors.BiometricsError).</extracomment>
        <translation>Face-ID modulida xato yuz berdi.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face models are not installed ({detail}). Reinstall Hamyon Terminal.</source>
        <extracomment>An error message (biometrics.errors.ModelsMissing).</extracomment>
        <translation>Yuzni tanish modellari o‘rnatilmagan ({detail}). Hamyon Terminal dasturini qayta o‘rnating.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} cannot be used as a picture: {reason}.</source>
        <extracomment>An error message (biometrics.errors.BadImage).</extracomment>
        <translation>Suratdan foydalanib bo‘lmaydi ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} is too large ({size}); the limit is {limit}. Use a smaller picture.</source>
        <extracomment>An error message (biometrics.errors.ImageTooLarge).</extracomment>
        <translation>Surat juda katta ({name}, {size}); chegara — {limit}. Kichikroq suratdan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>No face was found in {name}.</source>
        <extracomment>An error message (biometrics.errors.NoFace).</extracomment>
        <translation>Yuz topilmadi ({name}).</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{count} faces of similar size are in {name}: the picture must show only one person.</source>
        <extracomment>An error message (biometrics.errors.SeveralFaces).</extracomment>
        <translation>Suratda ({name}) o‘xshash o‘lchamdagi bir nechta yuz bor ({count}): suratda faqat bitta odam bo‘lishi kerak.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face in {name} is not good enough: {reason}.</source>
        <extracomment>An error message (biometrics.errors.LowQuality).</extracomment>
        <translation>Suratdagi yuz sifati yetarli emas ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>A face template must be 128 finite numbers: {reason}.</source>
        <extracomment>An error message (biometrics.errors.InvalidTemplate).</extracomment>
        <translation>Yuz shabloni 128 ta chekli sondan iborat bo‘lishi kerak: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face could not be enrolled: {reason}.</source>
        <extracomment>An error message (biometrics.errors.EnrollmentIncomplete).</extracomment>
        <translation>Yuzni saqlab bo‘lmadi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} failed: {reason}.</source>
        <extracomment>An error message (biometrics.errors.CameraError).</extracomment>
        <translation>Video manbasida xato ({source}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} was not found: {hint}.</source>
        <extracomment>An error message (biometrics.errors.CameraNotFound).</extracomment>
        <translation>Video manbasi topilmadi ({source}): {hint}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} is in use by another program: close that program, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraBusy).</extracomment>
        <translation>Video manbasi ({source}) boshqa dastur bilan band: o‘sha dasturni yoping va qaytadan urinib ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} stopped sending pictures: check its cable or file, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraLost).</extracomment>
        <translation>Video manbasi ({source}) tasvir yuborishni to‘xtatdi: kabel yoki faylni tekshirib, qaytadan urinib ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation failed.</source>
        <extracomment>An error message (sync.errors.SyncError).</extracomment>
        <translation>Sinxronlash amalga oshmadi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.</source>
        <extracomment>An error message (sync.errors.RegistryUnreachable).</extracomment>
        <translation>Reyestr bilan aloqa yo‘q ({url}): {reason}. Terminal tarmoqsiz ishlashda davom etadi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry answered with an error ({status}: {reason}). It will be tried again.</source>
        <extracomment>An error message (sync.errors.RegistryFailed).</extracomment>
        <translation>Reyestr xato bilan javob berdi ({status}: {reason}). Keyinroq qayta urinib ko‘riladi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused the request: {reason}</source>
        <extracomment>An error message (sync.errors.RegistryRefused).</extracomment>
        <translation>Reyestr so‘rovni rad etdi: {reason}</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is not connected to a registry: run 'hamyon setup --registry URL --code CODE'.</source>
        <extracomment>An error message (sync.errors.NotEnrolled).</extracomment>
        <translation>Terminal reyestrga ulanmagan: 'hamyon setup --registry URL --code CODE' buyrug‘ini bajaring.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is already connected to {registry} as device {device}; use an empty --home.</source>
        <extracomment>An error message (sync.errors.AlreadyEnrolled).</extracomment>
        <translation>Terminal allaqachon reyestrga ({registry}) {device} qurilmasi sifatida ulangan; bo‘sh --home papkasini ko‘rsating.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This home already holds a site that is not from a registry ({facility}); use an empty --home.</source>
        <extracomment>An error message (sync.errors.HomeNotEmpty).</extracomment>
        <translation>Bu papkada reyestrdan bo‘lmagan muassasa allaqachon bor ({facility}); bo‘sh --home papkasini ko‘rsating.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device key {path} is missing or unreadable: the terminal must be set up again.</source>
        <extracomment>An error message (sync.errors.KeyMissing).</extracomment>
        <translation>Qurilma kaliti ({path}) yo‘q yoki o‘qilmaydi: terminalni qaytadan sozlash kerak.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{count} acts wait for earlier ones the registry refused ({reason}); ask a supervisor.</source>
        <extracomment>An error message (sync.errors.PushStalled).</extracomment>
        <translation>Navbatdagi yozuvlar: {count}; ular reyestr rad etgan avvalgi yozuvlarni kutmoqda ({reason}). Rahbarga murojaat qiling.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation was cancelled; it resumes where it stopped.</source>
        <extracomment>An error message (sync.errors.SyncCancelled).</extracomment>
        <translation>Sinxronlash bekor qilindi; u to‘xtagan joyidan davom etadi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request is malformed: {reason}.</source>
        <extracomment>An error message (sync.errors.BadRequest).</extracomment>
        <translation>So‘rov noto‘g‘ri tuzilgan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device is not enrolled at the registry.</source>
        <extracomment>An error message (sync.errors.UnknownDevice).</extracomment>
        <translation>Bu qurilma reyestrda ro‘yxatdan o‘tmagan.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request's signature does not match the device's key.</source>
        <extracomment>An error message (sync.errors.BadSignature).</extracomment>
        <translation>So‘rov imzosi qurilma kalitiga mos kelmaydi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device clock is off by more than {limit} seconds from the registry's ({server_time}).</source>
        <extracomment>An error message (sync.errors.ClockSkew).</extracomment>
        <translation>Qurilma soati reyestr soatidan ({server_time}) {limit} soniyadan ko‘proq farq qiladi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This request was already received once (a replay); it is ignored.</source>
        <extracomment>An error message (sync.errors.ReplayedRequest).</extracomment>
        <translation>Bu so‘rov avval qabul qilingan (takror); u e’tiborga olinmaydi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device was revoked at the registry; a supervisor must set the terminal up again.</source>
        <extracomment>An error message (sync.errors.DeviceRevoked).</extracomment>
        <translation>Bu qurilma reyestrda bekor qilingan; rahbar terminalni qaytadan sozlashi kerak.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The enrollment code is unknown, used already or expired: ask the registry for a new one.</source>
        <extracomment>An error message (sync.errors.EnrollmentCodeInvalid).</extracomment>
        <translation>Ulanish kodi noma’lum, allaqachon ishlatilgan yoki muddati o‘tgan: reyestrdan yangisini so‘rang.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The batch holds {count} acts; the registry takes at most {limit} at once.</source>
        <extracomment>An error message (sync.errors.BatchTooLarge).</extracomment>
        <translation>Paketdagi yozuvlar soni: {count}; reyestr bir martada ko‘pi bilan {limit} tasini qabul qiladi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is encoded as {encoding}; send identity or gzip.</source>
        <extracomment>An error message (sync.errors.UnsupportedEncoding).</extracomment>
        <translation>So‘rov tanasi {encoding} ko‘rinishida kodlangan; identity yoki gzip yuboring.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry speaks protocol versions {supported}; this terminal sent {sent}. Update it.</source>
        <extracomment>An error message (sync.errors.ProtocolUnsupported).</extracomment>
        <translation>Reyestr protokolning {supported} versiyalarini qo‘llaydi; terminal {sent} versiyasini yubordi. Terminalni yangilang.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry is busy or its database is unavailable; try again shortly.</source>
        <extracomment>An error message (sync.errors.RegistryBusy).</extracomment>
        <translation>Reyestr band yoki uning ma’lumotlar bazasi mavjud emas; birozdan keyin qaytadan urinib ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry database {url} cannot be used: {reason}.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseError).</extracomment>
        <translation>Reyestr ma’lumotlar bazasidan ({url}) foydalanib bo‘lmaydi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>There is no registry database at {path}: check the --db address.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseMissing).</extracomment>
        <translation>{path} manzilida reyestr ma’lumotlar bazasi yo‘q: --db manzilini tekshiring.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry has no facility {facility}: seed or import it first.</source>
        <extracomment>An error message (sync.errors.UnknownFacility).</extracomment>
        <translation>Reyestrda {facility} muassasasi yo‘q: avval uni yarating yoki import qiling.</translation>
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
        <translation>Iltimos, ko‘zingizni sekin yumib oching.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your left.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Iltimos, boshingizni sekin chapga buring.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your right.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Iltimos, boshingizni sekin o‘ngga buring.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>benefit type</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>yordam turi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed benefits</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ro‘yxatdagi yordam turlaridan birini tanlang</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>name</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>ism-sharif</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>a family member</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>oila a’zosi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>birth date</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>tug‘ilgan sana</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it does not match the birth date in the ID number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>identifikatsiya raqamidagi tug‘ilgan sanaga mos kelmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>relation</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>qarindoshlik</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed relations</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ro‘yxatdan qarindoshlik darajasini tanlang</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>place of work</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>ish joyi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>unknown body</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>noma’lum idora</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the family member's name is empty</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>oila a’zosining ism-sharifi kiritilmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>occupation</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>mashg‘uloti</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>family members</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>oila a’zolari</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the same ID number is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bitta identifikatsiya raqami ikki marta kiritilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>only one person can be the applicant</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>faqat bitta odam arizachi bo‘lishi mumkin</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>daromad</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it belongs to someone not in the family</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>u oilaga kirmaydigan odamga tegishli</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income source</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>daromad manbai</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed sources</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ro‘yxatdan manbani tanlang</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>monthly income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>oylik daromad</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>mol-mulk</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed kinds</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ro‘yxatdan turini tanlang</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset value</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>mol-mulk qiymati</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset description</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>mol-mulk tavsifi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>manzil</translation>
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
        <translation>arizachi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the benefit type</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>yordam turi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>manzil</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant's consent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>arizachining roziligi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>at most {limit} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ko‘pi bilan {limit} ta belgi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it contains control characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>unda boshqaruv belgilari bor</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>must be a whole amount, zero or more</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>summa noldan kam bo‘lmagan butun son bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the amount is implausibly large</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>summa ishonib bo‘lmaydigan darajada katta</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>child-care allowance (child under 2)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>bola 2 yoshga to‘lgunga qadar bola parvarishi bo‘yicha nafaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>allowance for families with children under 14</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>14 yoshgacha bolalari bo‘lgan oilalarga nafaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>material aid for low-income families</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>kam ta’minlangan oilalarga moddiy yordam</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the defence bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} mudofaa organlarida xizmat qiladi: ularning oilalari bu yordamni ololmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the internal affairs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} ichki ishlar organlarida xizmat qiladi: ularning oilalari bu yordamni ololmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the emergency situations bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} favqulodda vaziyatlar organlarida xizmat qiladi: ularning oilalari bu yordamni ololmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the state security bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} davlat xavfsizlik xizmatida ishlaydi: ularning oilalari bu yordamni ololmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the national guard bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} Milliy gvardiyada xizmat qiladi: ularning oilalari bu yordamni ololmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the customs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} bojxona organlarida xizmat qiladi: ularning oilalari bu yordamni ololmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is at or below the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Har bir kishiga oylik daromad {per_capita} (oilada {size} kishi), bu {threshold} chegarasidan oshmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is above the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Har bir kishiga oylik daromad {per_capita} (oilada {size} kishi), bu {threshold} chegarasidan yuqori</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Declared assets worth {assets} exceed the limit of {limit}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Ko‘rsatilgan mol-mulk qiymati {assets}, bu {limit} chegarasidan oshadi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} is {months} months old</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>{name}: {months} oylik</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Oilada 2 yoshga to‘lmagan bola yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{count} children under 14 in the family</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Oiladagi 14 yoshgacha bolalar: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Oilada 14 yoshgacha bola yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>entry {seq} is missing</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>№ {seq} yozuv yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>it does not follow the entry before it (removed or reordered)</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u oldingi yozuvdan keyin kelmaydi (o‘chirilgan yoki o‘rni almashtirilgan)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>its content was changed after it was written</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning mazmuni yozilgandan keyin o‘zgartirilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u bekor qilingan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning amal qilish muddati {date} kuni tugagan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u faqat {date} kunidan boshlab amal qiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>nothing left on the prescription</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>retsept bo‘yicha hech narsa qolmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>out of stock</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>omborda yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>low stock: {count} left</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>zaxira kam: {count} qoldi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>noma’lum identifikatsiya usuli «{method}»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a supervisor</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>qo‘lda tasdiqlash uchun rahbar kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the overriding supervisor is not known</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>tasdiqlovchi rahbar noma’lum</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>Fills {action} in “Your role ({role}) may not {action}. Ask a supervisor.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>shaxsni qo‘lda tasdiqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>qo‘lda tasdiqlash uchun yozma sabab kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>rahbar va sabab faqat qo‘lda tasdiqlashda ko‘rsatiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>dorilar</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>choose at least one medicine to hand out</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>berish uchun kamida bitta dorini tanlang</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>quantity</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>miqdori</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>must be a whole number above zero</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>noldan katta butun son bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the same prescription line is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>retseptning bitta qatori ikki marta ko‘rsatilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>this is not a prescription of this patient</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bu ushbu bemorning retsepti emas</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong. The details are in the log file; please tell IT.</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Nimadir noto‘g‘ri ketdi. Tafsilotlar jurnal fayliga yozildi; IT mutaxassisiga xabar bering.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>face templates</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>yuz shablonlari</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>none were captured</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>birortasi ham olinmadi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>reason</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>sabab</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>a written reason is required</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>yozma sabab kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>PINFL (JShShIR)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>JShShIR</translation>
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
        <translation>u faqat raqamlardan iborat bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must have {length} digits, not {count}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>unda {count} ta emas, {length} ta raqam bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the check digit does not match</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>nazorat raqami mos kelmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the century and sex digit must be 1 to 6</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>asr va jins raqami 1 dan 6 gacha bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is impossible</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>undagi tug‘ilgan sana mumkin emas</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is in the future</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>undagi tug‘ilgan sana hali kelmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>birinchi kun</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the last day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>oxirgi kun</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>davr</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day is after the last day</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>birinchi kun oxirgi kundan keyin</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>school</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>maktab</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>no such school at this site</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bu muassasada bunday maktab yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>student</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>o‘quvchi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>not a student of this school</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bu maktab o‘quvchisi emas</translation>
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
        <translation>kamida {count} ta belgi</translation>
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
        <translation>bunday operator yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>receipt</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>chek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday raqamli dori berish yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>nurse</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>hamshira</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>canteen staff</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>oshxona xodimi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>inspector</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>inspektor</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>supervisor</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>rahbar</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>dori berish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <source>serve school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>maktab ovqatini berish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>export meal reports</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ovqatlanish hisobotlarini eksport qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>arizalarni ro‘yxatga olish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>enroll a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>fuqaro yuzini saqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>remove a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>fuqaro yuzini o‘chirish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>change settings</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>sozlamalarni o‘zgartirish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Per-capita monthly income at or below which a family counts as low-income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Oila kam ta’minlangan deb hisoblanadigan har bir kishiga oylik daromad chegarasi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Total declared asset value above which material aid is not recommended</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Moddiy yordam tavsiya etilmaydigan ko‘rsatilgan mol-mulk umumiy qiymatining chegarasi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a whole number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>butun son bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>son bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be yes or no</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>«ha» yoki «yo‘q» bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be text</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>matn bo‘lishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>there is no such setting</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday sozlama yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>the disk failed to read or write ({detail})</source>
        <extracomment>Fills {reason} in “The terminal's data store failed: {reason}. Nothing was recorded.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>disk ma’lumotni o‘qiy yoki yoza olmadi ({detail})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>unda boshqa dasturning jadvallari bor</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>suratlarda bir xil odam emas: qaytadan boshlang</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not a picture in a known format</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>bu ma’lum formatdagi rasm emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is damaged or incomplete</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>fayl shikastlangan yoki to‘liq emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <location filename="../../biometrics/sources.py"/>
        <source>the file does not exist</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”
Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>fayl mavjud emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is a folder, not a file</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>bu papka, fayl emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>fayl bo‘sh</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it has no pixels</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>unda piksellar yo‘q</translation>
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
        <translation>bu 8 bitli tasvir emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>kadrga boshqa yuz kirdi: qaytadan boshlang</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>odam so‘ralganini bajardi</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>ko‘z vaqtida yumib ochilmadi: surat yoki ekran ko‘z yuma olmaydi</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>bosh vaqtida burilmadi: surat yoki ekran burila olmaydi</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>face_recognition_models paketi o‘rnatilmagan</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>dlib kutubxonasi o‘rnatilmagan</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too far from the camera: come closer</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>kameradan juda uzoqda: yaqinroq keling</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too dark: add light in front of the face</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>juda qorong‘i: yuz oldiga yorug‘lik qo‘shing</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too bright: move out of direct light</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>juda yorug‘: to‘g‘ri tushayotgan yorug‘likdan chetga o‘ting</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>blurred: hold still and look at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>xira: qimirlamang va kameraga qarang</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>turned away: look straight at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>yuz burilgan: to‘g‘ri kameraga qarang</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>eyes closed: keep the eyes open</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>ko‘zlar yumilgan: ko‘zingizni ochiq tuting</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>several faces: only the person to identify may face the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>bir nechta yuz: kamera oldida faqat tekshirilayotgan odam bo‘lsin</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>the face is partly out of view: move to the centre</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>yuz qisman kadrdan tashqarida: o‘rtaga o‘ting</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>no camera with this number is connected</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>bu raqamli kamera ulanmagan</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>this user may not use it (ask IT to allow video)</source>
        <extracomment>Fills {reason} in “{source} failed: {reason}.”</extracomment>
        <translation>bu foydalanuvchiga ruxsat yo‘q (IT mutaxassisidan videoga ruxsat berishni so‘rang)</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>bu terminal bu videoni ijro eta olmaydi</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>bunday papka yo‘q</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>bu sonlar ro‘yxati emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>unda chekli son bo‘lmagan qiymat bor</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they are not lists of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>bular sonlar ro‘yxati emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>ulardan birida chekli son bo‘lmagan qiymat bor</translation>
    </message>
    <message>
        <location filename="../../sync/client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>tarmoqsiz yozilgan yozuvlar</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>o‘zgarishlari yoki kursori yo‘q o‘zgarishlar sahifasi</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>javob vaqtida kelmadi</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>aloqa yo‘q</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>javob uzilib qoldi</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>server error</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>server xatosi</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>bu terminal ro‘yxatdan o‘tmagan</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip tanasi shikastlangan</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>too many</source>
        <extracomment>Fills {count} in “The batch holds {count} acts; the registry takes at most {limit} at once.”</extracomment>
        <translation>juda ko‘p</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip tanasi kesilgan</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the device, time, nonce and signature headers are required</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>qurilma, vaqt, nonce va imzo sarlavhalari kerak</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>vaqt sarlavhasi siljishli ISO 8601 vaqti emas</translation>
    </message>
    <message>
        <location filename="../../sync/server/db.py"/>
        <source>use sqlite:///PATH or postgresql://...</source>
        <extracomment>Fills {reason} in “The registry database {url} cannot be used: {reason}.”</extracomment>
        <translation>sqlite:///PATH yoki postgresql://... dan foydalaning</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>the public key is not a base64 Ed25519 key</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>ochiq kalit base64 ko‘rinishidagi Ed25519 kaliti emas</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>this public key is enrolled already; generate a new one</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>bu ochiq kalit allaqachon ro‘yxatdan o‘tgan; yangisini yarating</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>template</source>
        <extracomment>Fills {source} in “{source}: {reason}.”</extracomment>
        <translation>shablon</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>the encoding is not 128 float32 values</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>kodlash 128 ta float32 qiymatdan iborat emas</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>only .csv and .json files can be imported</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>faqat .csv va .json fayllarini import qilish mumkin</translation>
    </message>
    <message>
        <location filename="../../sync/server/records.py"/>
        <source>it belongs to a citizen the registry does not hold</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>u reyestrda yo‘q fuqaroga tegishli</translation>
    </message>
    <message>
        <location filename="../../sync/server/seed.py"/>
        <source>it is in the registry already</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>u allaqachon reyestrda bor</translation>
    </message>
</context>
</TS>
