<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn_UZ" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <location filename="../../biometrics/phrases.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).
An error message (biometrics.phrases.UserError).</extracomment>
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
        <source>The {aid} cannot be handed over: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.AidNotAvailable).</extracomment>
        <translation>«{aid}» vositasini topshirib bo‘lmaydi: {reason}.</translation>
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
        <source>The data store at {path} is damaged: {reason}. Nothing more can be recorded on this terminal; ask IT to run 'hamyon store recover' (every act that can still be read is kept).</source>
        <extracomment>An error message (terminal.core.errors.StoreDamaged).</extracomment>
        <translation>Ma’lumotlar ombori ({path}) shikastlangan: {reason}. Bu terminalda endi hech narsa yozib bo‘lmaydi; IT xodimidan 'hamyon store recover' buyrug‘ini bajarishini so‘rang (hali o‘qilishi mumkin bo‘lgan barcha yozuvlar saqlanadi).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is sound: there is nothing to recover.</source>
        <extracomment>An error message (terminal.core.errors.StoreSound).</extracomment>
        <translation>Ma’lumotlar ombori ({path}) butun: tiklanadigan hech narsa yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data on this terminal cannot be opened: its key is missing or wrong. Ask IT; nothing has been changed.</source>
        <extracomment>An error message (terminal.core.errors.StoreKeyError).</extracomment>
        <translation>Bu terminaldagi ma’lumotlarni ochib bo‘lmaydi: kaliti yo‘q yoki noto‘g‘ri. IT xodimiga murojaat qiling; hech narsa o‘zgartirilmadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>Ma’lumotlar ombori ({path}) Hamyon dasturining yangiroq versiyasida yozilgan: bu terminalni yangilang.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.</source>
        <extracomment>An error message (terminal.core.errors.ClockNotTrusted).</extracomment>
        <translation>Bu terminal soatiga ishonib bo‘lmaydi: {reason}. Hech narsa o‘chirilmadi. Soatni to‘g‘rilang yoki reyestr bilan sinxronlang, so‘ng qayta urinib ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>Terminal hali sozlanmagan: avval 'hamyon setup' yoki 'hamyon demo' buyrug‘ini bajaring.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. Try again after {time}, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLocked).</extracomment>
        <translation>PIN-kod juda ko‘p marta noto‘g‘ri kiritildi. {time} dan keyin qayta urinib ko‘ring yoki rahbarga murojaat qiling.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. This operator is locked until a supervisor sets a new PIN.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLockedUntilNewPin).</extracomment>
        <translation>PIN-kod juda ko‘p marta noto‘g‘ri kiritildi. Rahbar yangi PIN-kod o‘rnatmaguncha bu operator bloklangan.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>{session} is served from {starts} to {ends}; it is {time} now. A meal outside these hours needs a supervisor's word.</source>
        <extracomment>An error message (terminal.core.meals.MealOutsideHours).</extracomment>
        <translation>«{session}» vaqti: {starts}–{ends}, hozir {time}. Boshqa vaqtda ovqat faqat rahbar tasdig‘i bilan beriladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>{name} is locked until a new PIN is set: set a new PIN for them instead.</source>
        <extracomment>An error message (terminal.core.operators.LockNeedsNewPin).</extracomment>
        <translation>{name} yangi PIN-kod o‘rnatilguncha bloklangan: buning o‘rniga unga yangi PIN-kod o‘rnating.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The supervisor's word is not taken: {reason}.</source>
        <extracomment>An error message (terminal.core.operators.WordRefused).</extracomment>
        <translation>Rahbar tasdig‘i qabul qilinmadi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>Ism yoki PIN-kod noto‘g‘ri. Qaytadan urinib ko‘ring yoki rahbarga murojaat qiling.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>This is not a medicine pack's code ({reason}). Scan the square code on the pack again.</source>
        <extracomment>An error message (terminal.core.packs.PackUnreadable).</extracomment>
        <translation>Bu dori qadog‘ining kodi emas ({reason}). Qadoqdagi kvadrat kodni qayta skanerlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack {serial} cannot be handed out: {reason}.</source>
        <extracomment>An error message (terminal.core.packs.PackRefused).</extracomment>
        <translation>{serial} qadog‘ini berib bo‘lmaydi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack scanned is {scanned}, not a medicine being handed out ({expected}).</source>
        <extracomment>An error message (terminal.core.packs.PackWrongMedicine).</extracomment>
        <translation>Skanerlangan qadoq — {scanned}, berilayotgan dori emas ({expected}).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>{drug}: scan every pack handed out (none scanned yet).</source>
        <extracomment>An error message (terminal.core.packs.PacksMissing).</extracomment>
        <translation>{drug}: berilayotgan har bir qadoqni skanerlang (hali birortasi skanerlanmagan).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>Chop etish uchun shrift topilmadi (DejaVu Sans): fonts-dejavu-core paketini o‘rnating.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>Only a dispense, a meal or an aid's hand-over recorded at this terminal can be reversed.</source>
        <extracomment>An error message (terminal.core.reversals.NotReversible).</extracomment>
        <translation>Faqat shu terminalda yozilgan dori berish, ovqat berish yoki vosita topshirishni bekor qilish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>This was reversed already, on {at} by {supervisor}: {reason}.</source>
        <extracomment>An error message (terminal.core.reversals.AlreadyReversed).</extracomment>
        <translation>Bu allaqachon bekor qilingan ({at}, {supervisor}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>'hamyon simulate' makes up activity: it runs only on a demo site or on a terminal connected to a registry on this computer, not at {registry}.</source>
        <extracomment>An error message (terminal.core.simulate.SimulationRefused).</extracomment>
        <translation>'hamyon simulate' soxta faoliyat yaratadi: u faqat demo muassasada yoki shu kompyuterdagi reyestrga ulangan terminalda ishlaydi, {registry} da emas.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulation.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulation.NothingToSimulate).</extracomment>
        <translation>«{what}» uchun modellashtiradigan narsa yo‘q: bu muassasada buning uchun operatorlar, maktablar yoki dorilar yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>This terminal has not learned the registry's key for USB bundles yet: connect it to the registry once ('hamyon sync') before it can write a bundle.</source>
        <extracomment>An error message (terminal.sync_client.bundle.RegistryKeyUnknown).</extracomment>
        <translation>Terminal hali reyestrning fleshka paketlari uchun kalitini olmagan: paket yozishdan oldin uni bir marta reyestrga ulang ('hamyon sync').</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>There is no bundle from the registry for this terminal ({device}) in {where}.</source>
        <extracomment>An error message (terminal.sync_client.bundle.NoBundleHere).</extracomment>
        <translation>{where} ichida reyestrdan bu terminal ({device}) uchun paket yo‘q.</translation>
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
        <source>The registry's certificate is not the one this terminal trusts (its fingerprint is {seen}): nothing was sent. Someone may be impersonating the registry; ask a supervisor.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateMismatch).</extracomment>
        <translation>Reyestr sertifikati bu terminal ishonadigan sertifikat emas (barmoq izi: {seen}): hech narsa yuborilmadi. Kimdir o‘zini reyestr qilib ko‘rsatayotgan bo‘lishi mumkin; rahbarga murojaat qiling.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry's certificate cannot be verified ({reason}): nothing was sent. Check the registry's address and this terminal's CA bundle.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateUntrusted).</extracomment>
        <translation>Reyestr sertifikatini tekshirib bo‘lmadi ({reason}): hech narsa yuborilmadi. Reyestr manzilini va terminalning CA to‘plamini tekshiring.</translation>
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
        <source>The request body is larger than the registry takes ({limit} bytes).</source>
        <extracomment>An error message (sync.errors.BodyTooLarge).</extracomment>
        <translation>So‘rov hajmi reyestr qabul qiladigan hajmdan katta ({limit} bayt).</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{url} is not an https:// address: citizens' data must not cross the network unencrypted. Ask the registry team for its https:// address.</source>
        <extracomment>An error message (sync.errors.PlainHttpRefused).</extracomment>
        <translation>{url} https:// manzili emas: fuqarolar ma’lumotlari tarmoqdan shifrlanmasdan o‘tmasligi kerak. Reyestr jamoasidan uning https:// manzilini so‘rang.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This registry answers only over HTTPS; use an https:// address.</source>
        <extracomment>An error message (sync.errors.HttpsRequired).</extracomment>
        <translation>Bu reyestr faqat HTTPS orqali javob beradi; https:// manzilidan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.</source>
        <extracomment>An error message (sync.errors.AuditChainBroken).</extracomment>
        <translation>Reyestr audit jurnalining {seq}-yozuvini rad etdi: {reason}. Rahbardan audit jurnalini tekshirishni so‘rang.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's audit trail up to entry {head}; entry {seq} cannot follow it.</source>
        <extracomment>An error message (sync.errors.AuditGap).</extracomment>
        <translation>Reyestrda bu terminalning audit jurnali {head}-yozuvgacha bor; {seq}-yozuv undan keyin kela olmaydi.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's acts up to act {head}: it cannot take acts {first} to {last} as lost.</source>
        <extracomment>An error message (sync.errors.GapMismatch).</extracomment>
        <translation>Reyestrda bu terminalning yozuvlari {head}-yozuvgacha bor: u {first}–{last}-yozuvlarni yo‘qolgan deb qabul qila olmaydi.</translation>
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
        <location filename="../../sync/protocol/bundle.py"/>
        <source>This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleDamaged).</extracomment>
        <translation>Bu fayl butun Hamyon paketi emas ({reason}): u rad etildi, undagi hech narsa ishlatilmadi. Paketni qaytadan yozing.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle was changed after it was written (its signature does not match): it is refused whole and nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleChanged).</extracomment>
        <translation>Paket yozilgandan keyin o‘zgartirilgan (imzosi mos kelmaydi): u butunlay rad etildi, undagi hech narsa ishlatilmadi.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotForUs).</extracomment>
        <translation>Paketni bu yerda ochib bo‘lmaydi: u quyidagi uchun muhrlangan: {whom}. Undagi hech narsa ishlatilmadi.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle could not be written to {folder} (the stick is full, read-only or was taken out): nothing was left there. Try another stick or folder.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotWritten).</extracomment>
        <translation>Paketni {folder} ga yozib bo‘lmadi (fleshka to‘lgan, yozishdan himoyalangan yoki chiqarib olingan): u yerda hech narsa qolmadi. Boshqa fleshka yoki papkani sinab ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>The request is not signed: the device, time, nonce and signature headers are required (a nonce of at most {limit} characters).</source>
        <extracomment>An error message (sync.server.auth.UnsignedRequest).</extracomment>
        <translation>So‘rov imzolanmagan: qurilma, vaqt, nonce va imzo sarlavhalari kerak (nonce ko‘pi bilan {limit} ta belgi).</translation>
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
        <location filename="../../biometrics/liveness.py"/>
        <source>waiting for the person</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>odam kutilmoqda</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>odam so‘ralganini bajardi</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>kadrga boshqa yuz kirdi: qaytadan boshlang</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>ko‘z vaqtida yumib ochilmadi: surat yoki ekran ko‘z yuma olmaydi</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>bosh vaqtida burilmadi: surat yoki ekran burila olmaydi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it comes after an act the registry refused</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>u reyestr rad etgan yozuvdan keyin keladi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>an earlier act has not reached the registry yet</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>avvalgi yozuv hali reyestrga yetib bormagan</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its number was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>uning raqami boshqa yozuvda allaqachon ishlatilgan</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its signature does not match this terminal's key</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>uning imzosi bu terminal kalitiga mos kelmaydi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it was changed after it was recorded</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>u yozilgandan keyin o‘zgartirilgan</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its place in the sequence was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>uning ketma-ketlikdagi o‘rni boshqa yozuv bilan band</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it does not follow on from the act before it</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>u oldingi yozuvning davomi emas</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry does not know this kind of act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>reyestr bunday turdagi yozuvni bilmaydi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its contents are not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>uning mazmuni noto‘g‘ri</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it belongs to another facility</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>u boshqa muassasaga tegishli</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its time is not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>uning vaqti noto‘g‘ri</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it dispenses from another citizen's prescription</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>u boshqa fuqaroning retsepti bo‘yicha dori beradi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the student or the meal session is not of its school</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>o‘quvchi yoki ovqatlanish vaqti shu maktabga tegishli emas</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated before this terminal was set up: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>uning sanasi bu terminal sozlanishidan oldingi: terminal soatini tekshiring</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated more than a day ahead of the registry: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>uning sanasi reyestr vaqtidan bir kundan ko‘proq oldinda: terminal soatini tekshiring</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no act of this terminal that may be reversed</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>u bu terminaldagi bekor qilinishi mumkin bo‘lgan hech bir yozuvni bekor qilmaydi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the act it reverses was reversed already</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>u bekor qiladigan yozuv allaqachon bekor qilingan</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>server error</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>server xatosi</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry is busy</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>reyestr band</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry's database cannot be used</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>reyestr ma’lumotlar bazasidan foydalanib bo‘lmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/money.py"/>
        <source>so'm</source>
        <extracomment>A currency's sign after an amount (100 000.00 so'm): as written in this language.</extracomment>
        <translation>so‘m</translation>
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
        <translation>chek</translation>
    </message>
    <message>
        <location filename="../../terminal/core/act_receipts.py"/>
        <source>no dispense or hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday raqamli dori berish yoki vosita topshirish yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>davr</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <source>the end comes before the start</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>tugash sanasi boshlanishidan oldin</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>mobility</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>harakatlanish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>hearing</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>eshitish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>vision</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ko‘rish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>prosthesis</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>protezlash</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>care</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>parvarish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>the entitlement was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>huquq bekor qilingan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>it was already handed over</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u allaqachon topshirilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>aid</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>vosita</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>this is not an entitlement of this person</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bu huquq ushbu fuqaroga tegishli emas</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>no hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday raqamli vosita topshirish yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>serial number</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>seriya raqami</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>type or scan the serial number on the aid's label</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>vosita yorlig‘idagi seriya raqamini kiriting yoki skanerlang</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>use only letters, digits and - / . (at most 64 characters)</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>faqat harflar, raqamlar va - / . belgilaridan foydalaning (ko‘pi bilan 64 ta belgi)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>someone in this family already applied for this benefit in the last 12 months</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>oila a’zolaridan biri so‘nggi 12 oyda bu yordamga allaqachon ariza bergan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>application</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>ariza</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>it is not submitted yet</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>hali topshirilmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft: not submitted yet</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Qoralama: hali topshirilmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>E’tibor talab qilinadi: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: the registry did not take it ({reason})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>E’tibor talab qilinadi: reyestr uni qabul qilmadi ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted on {date}, waiting to be sent to the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{date} kuni topshirilgan, reyestrga yuborilishini kutmoqda</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reyestr qabul qildi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reyestr {date} kuni qabul qildi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Approved by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reyestr {date} kuni tasdiqladi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Refused by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reyestr {date} kuni rad etdi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry asks for documents (since {date})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reyestr hujjatlar so‘ramoqda ({date} dan beri)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Started by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Boshlandi (operator: {name})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft last saved</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Qoralama oxirgi marta saqlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Topshirildi (operator: {name})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Sending tried {count} times; it is tried again while the terminal is online</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Yuborishga {count} marta urinildi; terminal tarmoqda bo‘lganda yana urinib ko‘riladi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry did not take it: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reyestr uni qabul qilmadi: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry found that {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reyestr aniqladi: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry received a later application that conflicts with this one</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Reyestrga keyinroq bunga zid boshqa ariza kelib tushdi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>{name}, born {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{name}, {date} kuni tug‘ilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like {people}; flagged for the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Yuz tekshirildi: u boshqa odamga o‘xshaydi ({people}); reyestr uchun belgilandi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it is the applicant's own enrolled face</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Yuz tekshirildi: bu arizachining o‘zining saqlangan yuzi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like nobody else enrolled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Yuz tekshirildi: yuzi saqlangan boshqa hech kimga o‘xshamaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>the registry found a conflict with another act ({kind})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>boshqa yozuv bilan ziddiyat aniqlandi ({kind})</translation>
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
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Oilada 2 yoshga to‘lmagan bola yo‘q: eng kichigi — {name}, {born} kuni tug‘ilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Oilada 14 yoshgacha bola yo‘q: eng kichigi — {name}, {born} kuni tug‘ilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>no purge entry accounts for the removed entries</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>o‘chirilgan yozuvlarni hech bir tozalash yozuvi izohlamaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>the purge anchors differ from what the last purge recorded</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>tozalash tayanch nuqtalari oxirgi tozalashda yozilganidan farq qiladi</translation>
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
        <location filename="../../terminal/core/dates.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning amal qilish muddati {date} kuni tugagan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dates.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u faqat {date} kunidan boshlab amal qiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispense_packs.py"/>
        <source>it was handed out at this terminal on {day}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u {day} kuni shu terminalda berilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u bekor qilingan</translation>
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
        <location filename="../../terminal/core/workflows.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
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
        <location filename="../../terminal/core/exports.py"/>
        <source>Exported by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Eksport qildi: {operator}, {time}, {device} terminalidan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/exports.py"/>
        <source>Printed by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Chop etdi: {operator}, {time}, {device} terminalidan</translation>
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
        <location filename="../../terminal/core/operators.py"/>
        <location filename="../../terminal/core/reversals.py"/>
        <source>write the reason</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>sababini yozing</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>enroll a look-alike face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>o‘xshash yuzni saqlash</translation>
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
        <location filename="../../terminal/core/identification.py"/>
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>noma’lum identifikatsiya usuli «{method}»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/identification.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>rahbar va sabab faqat qo‘lda tasdiqlashda ko‘rsatiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (PINFL)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Identifikatsiya raqami (JShShIR)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (IIN)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Identifikatsiya raqami (IIN)</translation>
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
        <source>Breakfast</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Nonushta</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Lunch</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Tushlik</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Afternoon snack</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Tushdan keyingi tamaddi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Dinner</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Kechki ovqat</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>confirm a meal outside its hours</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>vaqtidan tashqari ovqatni tasdiqlash</translation>
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
        <source>a supervisor other than you must give it</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>uni sizdan boshqa rahbar berishi kerak</translation>
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
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>qo‘lda tasdiqlash uchun yozma sabab kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override must be signed by a supervisor other than you</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>qo‘lda tasdiqlashni sizdan boshqa rahbar imzolashi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a supervisor's signature</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>tasdiq uchun rahbarning imzosi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>this override was signed for another citizen or operator</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>bu tasdiq boshqa fuqaro yoki operator uchun imzolangan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override has expired or was already used; ask the supervisor again</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>tasdiq muddati o‘tgan yoki u allaqachon ishlatilgan; rahbardan qayta so‘rang</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>nothing was scanned</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>hech narsa skanerlanmadi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it is not a GS1 code</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>bu GS1 kodi emas</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has no product code and serial number</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>unda mahsulot kodi va seriya raqami yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>the product code's check digit is wrong</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>mahsulot kodining nazorat raqami noto‘g‘ri</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has expired</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>yaroqlilik muddati o‘tgan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it was scanned already for this hand-out</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>u bu berish uchun allaqachon skanerlangan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>search</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>qidiruv</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>type at least two letters of the name</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ismning kamida ikki harfini kiriting</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>bunday raqamli dori berish yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a recorded act</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>yozuvni bekor qilish</translation>
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
        <source>social worker</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ijtimoiy xodim</translation>
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
        <location filename="../../terminal/core/workflows.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>dori berish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <location filename="../../terminal/core/workflows.py"/>
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
        <location filename="../../terminal/core/workflows.py"/>
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>arizalarni ro‘yxatga olish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>hand over technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>texnik vositalarni topshirish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>shaxsni qo‘lda tasdiqlash</translation>
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
        <location filename="../../terminal/core/roles.py"/>
        <source>manage operators</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>operatorlarni boshqarish</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>read the audit trail</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>audit jurnalini o‘qish</translation>
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
        <source>Minutes without use after which the terminal locks its screen</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Foydalanilmasa, terminal ekranini qulflaydigan daqiqalar soni</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which the face templates of a citizen not seen here are erased</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Bu yerga kelmagan fuqaroning yuz shablonlari o‘chiriladigan kunlar soni</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which acts the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Reyestrda saqlanayotgan amallar bu terminaldan o‘chiriladigan kunlar soni</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which audit entries the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Reyestrda saqlanayotgan audit yozuvlari bu terminaldan o‘chiriladigan kunlar soni</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which application drafts not touched since are discarded</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>O‘shandan beri o‘zgartirilmagan ariza qoralamalari o‘chiriladigan kunlar soni</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Every medicine pack is scanned at hand-out (the square code on it)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Har bir dori qadog‘i berishda skanerlanadi (undagi kvadrat kod)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The character the pack scanner types for a group separator</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Qadoq skaneri guruh ajratgichi o‘rniga kiritadigan belgi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The Face-ID instructions are spoken aloud in the elderly mode</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Keksalar rejimida Face-ID ko‘rsatmalari ovoz chiqarib aytiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Loudness of the spoken guidance, in percent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Ovozli ko‘rsatmalar balandligi, foizda</translation>
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
        <source>it must be from {low} to {high}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u {low} dan {high} gacha bo‘lishi kerak</translation>
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
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>unda boshqa dasturning jadvallari bor</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it is not a whole number of database pages</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>uning hajmi ma’lumotlar bazasi sahifalarining butun soniga teng emas</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>its encrypted copy did not match; the original is kept</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>uning shifrlangan nusxasi mos kelmadi; asl nusxa saqlab qolindi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>the damage report beside it cannot be read</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>yonidagi shikast haqidagi hisobotni o‘qib bo‘lmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its first page (the header) fails its check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning birinchi sahifasi (sarlavhasi) tekshiruvdan o‘tmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>{count} of its {total} pages fail their check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning {total} sahifasidan {count} tasi tekshiruvdan o‘tmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its salt (the first bytes of the file) is damaged</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning tuzi (faylning birinchi baytlari) shikastlangan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>SQLite's check of the store failed</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>omborni SQLite orqali tekshirish muvaffaqiyatsiz tugadi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_rekey.py"/>
        <source>it did not open with its new key; the old and the new key are both kept</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u yangi kalit bilan ochilmadi; eski va yangi kalit ikkalasi ham saqlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days ahead of the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u reyestr soatidan {days} kun oldinda</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days behind the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u reyestr soatidan {days} kun orqada</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is behind the last time known here ({at})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u bu yerda ma’lum bo‘lgan so‘nggi vaqtdan ({at}) orqada</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days past the last time known here, and the registry has not confirmed it</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u bu yerda ma’lum bo‘lgan so‘nggi vaqtdan {days} kun oldinda, reyestr buni tasdiqlamagan</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>maktab ovqati</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>arizalar</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>texnik vositalar</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>it cannot be read</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>uni o‘qib bo‘lmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>another terminal</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>boshqa terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its answers are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>undagi javoblar protokol shaklida emas</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its news is not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>undagi yangiliklar protokol shaklida emas</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>tarmoqsiz yozilgan yozuvlar</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a pinned certificate needs an https:// registry address</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>biriktirilgan sertifikat uchun reyestr manzili https:// bilan boshlanishi kerak</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>o‘zgarishlari yoki kursori yo‘q o‘zgarishlar sahifasi</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>javob vaqtida kelmadi</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>aloqa yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>javob uzilib qoldi</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer the protocol does not allow</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>protokolga zid javob</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>bu terminal ro‘yxatdan o‘tmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer too large to take</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>juda katta javob</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it answered with the HTTP status {status}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>u HTTP {status} kodi bilan javob berdi</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it said: {message}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning javobi: {message}</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>only {count} of {needed} good pictures were taken</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{needed} ta yaxshi suratdan faqat {count} tasi olindi</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>suratlarda bir xil odam emas: qaytadan boshlang</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the gallery folder {folder} does not exist</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>galereya papkasi ({folder}) mavjud emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>it holds no sub-folder per person</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>unda har bir odam uchun alohida papka yo‘q</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>no usable face in the gallery folder {folder} ({why})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>galereya papkasida ({folder}) yaroqli yuz yo‘q ({why})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>over {count} pixels</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} pikseldan ortiq</translation>
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
        <source>the file cannot be opened ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>faylni ochib bo‘lmaydi ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>fayl bo‘sh</translation>
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
        <location filename="../../biometrics/images.py"/>
        <source>its shape {shape} is not height x width x 3</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning shakli {shape}, kerakligi esa «balandlik × kenglik × 3»</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>face_recognition_models paketi o‘rnatilmagan</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the file {file} is missing</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{file} fayli yo‘q</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>a model file cannot be read: {error}</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>model faylini o‘qib bo‘lmaydi: {error}</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>dlib kutubxonasi o‘rnatilmagan</translation>
    </message>
    <message>
        <location filename="../../biometrics/pipeline.py"/>
        <source>the face could not be measured</source>
        <extracomment>Fills {reason} in “The face in {name} is not good enough: {reason}.”</extracomment>
        <translation>yuzni o‘lchab bo‘lmadi</translation>
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
        <source>camera {index}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>kamera {index}</translation>
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
        <source>the video {file}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>video {file}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>bu terminal bu videoni ijro eta olmaydi</translation>
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
        <translation>bunday papka yo‘q</translation>
    </message>
    <message>
        <location filename="../../biometrics/stream.py"/>
        <source>it failed unexpectedly ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>kutilmagan xato ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>bu sonlar ro‘yxati emas</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it has the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning shakli {shape}</translation>
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
        <source>they have the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>ularning shakli {shape}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>ulardan birida chekli son bo‘lmagan qiymat bor</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is {size} bytes, not {expected}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>uning hajmi {expected} emas, {size} bayt</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>{size} bytes is not a whole number of templates</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{size} bayt shablonlarning butun soni emas</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>reason code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>sabab kodi {code}</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>error code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>xato kodi {code}</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it does not start as a bundle does</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>u paket kabi boshlanmaydi</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it is cut short</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>u oxirigacha yozilmagan</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its header is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>uning sarlavhasini o‘qib bo‘lmaydi</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>an unknown bundle format</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>noma’lum paket formati</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>uning muhrlangan qismini o‘qib bo‘lmaydi</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is too large or incomplete</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>uning muhrlangan qismi juda katta yoki to‘liq emas</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the client went away</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>mijoz aloqani uzdi</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip tanasi shikastlangan</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>gzip tanasi kesilgan</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>differs from the entry the registry holds</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>reyestrdagi yozuvdan farq qiladi</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not follow the entry before it</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>oldingi yozuvning davomi emas</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not match its hash</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>o‘z xeshiga mos kelmaydi</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>vaqt sarlavhasi siljishli ISO 8601 vaqti emas</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>a terminal (it is a bundle from the registry)</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>terminal (bu reyestrdan kelgan paket)</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>its acts are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>undagi aktlar protokol shaklida emas</translation>
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
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no dispense or meal of this terminal</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation type="vanished">u bu terminaldagi hech bir dori yoki ovqat berishni bekor qilmaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a dispense or a meal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation type="vanished">dori yoki ovqat berishni bekor qilish</translation>
    </message>
</context>
<context>
    <name>AidReceiptPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over: the receipt</source>
        <translation>Topshirildi: chek</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Next person (Enter)</source>
        <translation>Keyingi oluvchi (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Chek {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Person: {name}, ID number {number}</source>
        <translation>Oluvchi: {name}, identifikatsiya raqami {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Shaxs aniqlangan usul: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Serial number: {serial}</source>
        <translation>Seriya raqami: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Decision: {number}</source>
        <translation>Qaror: {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Davlat to‘ladi: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the person: {money}</source>
        <translation>Oluvchi to‘ladi: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over by: {name}</source>
        <translation>Topshirgan: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>supervisor override</source>
        <translation>rahbar tasdig‘i</translation>
    </message>
</context>
<context>
    <name>AidsDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Today's hand-overs</source>
        <translation>Bugun topshirilganlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Orqaga (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Hand-overs: {count} · Cost to the state: {money}</source>
        <translation>Topshirildi: {count} marta · Davlat hisobidan: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Handed over twice: tell the supervisor</source>
        <translation>Ikki marta topshirilgan: rahbarga xabar bering</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Reversed</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Time</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Aid</source>
        <translation>Vosita</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Serial number</source>
        <translation>Seriya raqami</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Cost to the state</source>
        <translation>Davlat to‘laydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>The registry found an aid handed over here and at another office as well. Tell the supervisor.</source>
        <translation>Reyestr bir vosita bu yerda ham, boshqa idorada ham topshirilganini aniqladi. Rahbarga xabar bering.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Nothing handed over here today yet.</source>
        <translation>Bugun bu yerda hali hech narsa topshirilmagan.</translation>
    </message>
</context>
<context>
    <name>AidsFaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Who is the person?</source>
        <translation>Oluvchi kim?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Today's hand-overs (F6)</source>
        <translation>Bugun topshirilganlar (F6)</translation>
    </message>
</context>
<context>
    <name>AidsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Technical aids</source>
        <translation>Texnik vositalar</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type an amount in {currency} in digits, for example 1500000 or 1500000.50.</source>
        <translation>Summani raqamlarda kiriting ({currency}), masalan 1500000 yoki 1500000.50.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the amount.</source>
        <translation>Summani kiriting.</translation>
    </message>
</context>
<context>
    <name>ApplicantStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The applicant</source>
        <translation>Arizachi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The person who applies, as written in their identity document.</source>
        <translation>Ariza beruvchi shaxs — shaxsini tasdiqlovchi hujjatida yozilganidek.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>Ism-sharif</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Occupation (optional)</source>
        <translation>Mashg‘uloti (ixtiyoriy)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in one of these bodies</source>
        <translation>Quyidagi organlardan birida xizmat qiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Address of the family</source>
        <translation>Oila manzili</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Phone (optional)</source>
        <translation>Telefon (ixtiyoriy)</translation>
    </message>
</context>
<context>
    <name>ApplicationRecordPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History of the application</source>
        <translation>Ariza tarixi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Orqaga (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Print the slip for the family (Ctrl+P)</source>
        <translation>Oila uchun tilxatni chop etish (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Paper for printing</source>
        <translation>Chop etish uchun qog‘oz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>A4 sheet</source>
        <translation>A4 varaq</translation>
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
        <translation>Ariza {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Arizachi: {name}, identifikatsiya raqami {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Benefit: {benefit}</source>
        <translation>Yordam turi: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Family members: {count}</source>
        <translation>Oila a’zolari: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Submitted on {time} by {name}</source>
        <translation>Topshirilgan: {time}, operator: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>⚠ The applicant's face looks like {people}: the application went to the registry flagged.</source>
        <translation>⚠ Arizachining yuzi boshqa odamga o‘xshaydi ({people}): ariza reyestrga belgilangan holda yuborildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{time} · {what}</source>
        <translation>{time} · {what}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family may not receive these benefits.</source>
        <translation>Dastlabki baho: oila bu yordamni ololmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears to be eligible.</source>
        <translation>Dastlabki baho: oila yordam olish huquqiga ega ko‘rinadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears not to be eligible.</source>
        <translation>Dastlabki baho: oila yordam olish huquqiga ega emasga o‘xshaydi.</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Application</source>
        <translation>Ariza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Steps of the application</source>
        <translation>Ariza bosqichlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Saqlash va yopish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Orqaga</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Draft saved at {time}</source>
        <translation>Qoralama saqlandi: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Step {number} of {total}: {title}</source>
        <translation>{total} bosqichdan {number}-bosqich: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Next: {title}</source>
        <translation>&amp;Keyingisi: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The faces enrolled at this site are still loading: take the face template again.</source>
        <translation>Bu muassasada saqlangan yuzlar hali yuklanmoqda: yuz shablonini qaytadan oling.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The draft of {name} is saved. Resume it from the list.</source>
        <translation>Qoralama ({name}) saqlandi. Uni ro‘yxatdan davom ettirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Some answers need attention: see the messages under the fields.</source>
        <translation>Ba’zi javoblarni tuzatish kerak: maydonlar ostidagi xabarlarni ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{benefit} cannot be chosen for this family. {reason}. Choose another benefit.</source>
        <translation>Bu oila uchun «{benefit}» tanlab bo‘lmaydi. {reason}. Boshqa yordam turini tanlang.</translation>
    </message>
</context>
<context>
    <name>ApplicationWords</name>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child-care allowance (a child under 2)</source>
        <translation>Bola 2 yoshga to‘lgunga qadar uni parvarishlash nafaqasi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance for families with children under 14</source>
        <translation>14 yoshgacha bolalari bor oilalarga nafaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Material aid for low-income families</source>
        <translation>Kam ta’minlangan oilalarga moddiy yordam</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Spouse</source>
        <translation>Turmush o‘rtog‘i</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child</source>
        <translation>Farzandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Parent</source>
        <translation>Otasi yoki onasi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Brother or sister</source>
        <translation>Aka-ukasi yoki opa-singlisi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Grandchild</source>
        <translation>Nevarasi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other relative</source>
        <translation>Boshqa qarindoshi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Applicant</source>
        <translation>Arizachi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Salary</source>
        <translation>Ish haqi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Pension</source>
        <translation>Pensiya</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance</source>
        <translation>Nafaqa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Business</source>
        <translation>Tadbirkorlik</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Farming</source>
        <translation>Dehqonchilik</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other income</source>
        <translation>Boshqa daromad</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Home</source>
        <translation>Uy-joy</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Land</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Vehicle</source>
        <translation>Transport vositasi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Livestock</source>
        <translation>Chorva mollari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Bank deposit</source>
        <translation>Bank omonati</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other property</source>
        <translation>Boshqa mol-mulk</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>None of these bodies</source>
        <translation>Bu organlarning hech birida emas</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Defence</source>
        <translation>Mudofaa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Internal affairs</source>
        <translation>Ichki ishlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Emergency situations</source>
        <translation>Favqulodda vaziyatlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>State security</source>
        <translation>Davlat xavfsizligi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>National guard</source>
        <translation>Milliy gvardiya</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Customs</source>
        <translation>Bojxona</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Waiting to be sent to the registry</source>
        <translation>Reyestrga yuborilishini kutmoqda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Set aside: the registry did not take it; ask a supervisor</source>
        <translation>Chetga qo‘yildi: reyestr uni qabul qilmadi; rahbarga murojaat qiling</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>At the registry</source>
        <translation>Reyestrda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Not submitted</source>
        <translation>Topshirilmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>male</source>
        <translation>erkak</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>female</source>
        <translation>ayol</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications</source>
        <translation>Arizalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications for social support</source>
        <translation>Ijtimoiy yordam uchun arizalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>New application</source>
        <translation>Yangi ariza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Sent applications</source>
        <translation>Yuborilgan arizalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Print the slip for the family</source>
        <translation>Oila uchun tilxatni chop etish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Open the application</source>
        <translation>Arizani ochish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Drafts</source>
        <translation>Qoralamalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Waiting for the registry</source>
        <translation>Reyestrga yuborilishini kutayotganlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Submitted applications waiting for the registry</source>
        <translation>Reyestrga yuborilishini kutayotgan topshirilgan arizalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>No drafts.</source>
        <translation>Qoralamalar yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Nothing waits: every submitted application has reached the registry.</source>
        <translation>Kutayotgan ariza yo‘q: barcha topshirilgan arizalar reyestrga yetib bordi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Resume the draft</source>
        <translation>Qoralamani davom ettirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard the draft</source>
        <translation>Qoralamani o‘chirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · saved {time}</source>
        <translation>{applicant} · {benefit} · saqlangan: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>(no name yet)</source>
        <translation>(ism hali kiritilmagan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>benefit not chosen</source>
        <translation>yordam turi tanlanmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{number} · {applicant} · {benefit} · submitted {time} · {state}</source>
        <translation>{number} · {applicant} · {benefit} · topshirilgan: {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{application} · flagged for the registry's attention</source>
        <translation>{application} · reyestr e’tiboriga belgilangan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard this draft? What was typed in it is deleted.</source>
        <translation>Bu qoralama o‘chirilsinmi? Unga kiritilgan hamma narsa o‘chib ketadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard</source>
        <translation>O‘chirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Keep it</source>
        <translation>Qoldirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The draft is discarded.</source>
        <translation>Qoralama o‘chirildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. Its number is {number}: print the slip for the family. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation>Ariza ({name}) topshirildi, uni endi o‘zgartirib bo‘lmaydi. Uning raqami {number}: oila uchun tilxatni chop eting. Ariza navbatda turadi va terminal tarmoqqa ulanganda reyestrga yuboriladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The applicant's face template is kept for Face-ID at this site.</source>
        <translation>Arizachining yuz shabloni shu muassasada Face-ID uchun saqlanadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template was used for the check only and is deleted.</source>
        <translation>Yuz shabloni faqat tekshiruv uchun ishlatildi va o‘chirildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template is deleted: it was not kept for Face-ID.</source>
        <translation>Yuz shabloni o‘chirildi: u Face-ID uchun saqlanmadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · submitted {time} · {state}</source>
        <translation type="vanished">{applicant} · {benefit} · topshirilgan: {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation type="vanished">Ariza ({name}) topshirildi, uni endi o‘zgartirib bo‘lmaydi. U navbatda turadi va terminal tarmoqqa ulanganda reyestrga yuboriladi.</translation>
    </message>
</context>
<context>
    <name>AssetsStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Property</source>
        <translation>Mol-mulk</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>What the family owns: home, land, vehicles, livestock, deposits, with their value.</source>
        <translation>Oilaning mol-mulki: uy-joy, yer, transport, chorva mollari, omonatlar va ularning qiymati.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Description (optional)</source>
        <translation>Tavsifi (ixtiyoriy)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Value ({currency})</source>
        <translation>Qiymati ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the property</source>
        <translation>Mol-mulkni qo‘shish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the property</source>
        <translation>Mol-mulkni olib tashlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No property added.</source>
        <translation>Mol-mulk qo‘shilmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{kind}: {description}</source>
        <translation>{kind}: {description}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>A value is typed but not added: press “Add the property”, or clear it.</source>
        <translation>Qiymat kiritilgan, lekin qo‘shilmagan: «Mol-mulkni qo‘shish» tugmasini bosing yoki uni o‘chiring.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Audit trail</source>
        <translation>Audit jurnali</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Every sensitive act, newest first. Each entry is sealed to the one before it: the check finds any entry changed or removed behind this program's back.</source>
        <translation>Barcha muhim harakatlar, avval yangilari. Har bir yozuv oldingisiga bog‘langan: tekshiruv dasturni chetlab o‘zgartirilgan yoki o‘chirilgan har qanday yozuvni topadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Verify the chain</source>
        <translation>Zanjirni tekshirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Time</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Action</source>
        <translation>Harakat</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Subject</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the audit trail…</source>
        <translation>Audit jurnali tekshirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the log of acts…</source>
        <translation>Amallar jurnali tekshirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Intact: the audit trail ({entries} entries) and the log of acts ({acts} acts) are unbroken. Nothing was changed or removed.</source>
        <translation>Hammasi joyida: audit jurnali ({entries} ta yozuv) va amallar jurnali ({acts} ta amal) buzilmagan. Hech narsa o‘zgartirilmagan va o‘chirilmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The audit trail is broken at entry {seq}: {reason}.</source>
        <translation>Audit jurnali {seq}-yozuvda buzilgan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The log of acts is broken at act {seq}: {reason}.</source>
        <translation>Amallar jurnali {seq}-amalda buzilgan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Records were changed outside this program. Keep the terminal as it is and call IT and your manager now.</source>
        <translation>Yozuvlar dasturdan tashqarida o‘zgartirilgan. Terminalga tegmang va darhol IT mutaxassisi hamda rahbaringizga xabar bering.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The check was cancelled: nothing is known yet.</source>
        <translation>Tekshiruv bekor qilindi: natija hali noma’lum.</translation>
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
        <translation>Kirish rad etildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Locked after wrong PINs</source>
        <translation>Noto‘g‘ri PIN-kodlardan keyin bloklandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen locked (idle)</source>
        <translation>Ekran qulflandi (harakatsizlik)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen unlocked</source>
        <translation>Ekran qulfi ochildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Supervisor override signed</source>
        <translation>Rahbar tasdig‘i imzolandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Identified by the ID number</source>
        <translation>Identifikatsiya raqami bo‘yicha aniqlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed out</source>
        <translation>Chiqdi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>PIN set</source>
        <translation>PIN-kod o‘rnatildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal served</source>
        <translation>Ovqat berildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Medicines handed over</source>
        <translation>Dori berildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Application submitted</source>
        <translation>Ariza topshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Texnik vosita topshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Report made</source>
        <translation>Hisobot tayyorlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts written to a USB stick</source>
        <translation>Aktlar fleshkaga yozildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Registry's answer read from a USB stick</source>
        <translation>Reyestr javobi fleshkadan olindi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template enrolled</source>
        <translation>Yuz shabloni saqlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template withdrawn</source>
        <translation>Yuz shabloni qaytarib olindi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Applicant's face checked</source>
        <translation>Arizachining yuzi tekshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Tashrifda yuz shabloni olindi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template removed</source>
        <translation>Yuz shabloni o‘chirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Act reversed</source>
        <translation>Yozuv bekor qilindi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts lost to a damaged store</source>
        <translation>Ma’lumotlar ombori shikastlanib, yozuvlar yo‘qoldi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Setting changed</source>
        <translation>Sozlama o‘zgartirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Data key changed</source>
        <translation>Ma’lumotlar kaliti almashtirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Old records removed</source>
        <translation>Eski yozuvlar o‘chirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Lock lifted by a supervisor</source>
        <translation>Rahbar blokdan chiqardi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal outside its hours, on a supervisor's word</source>
        <translation>Vaqtidan tashqari ovqat, rahbar tasdig‘i bilan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patients searched for</source>
        <translation>Bemorlar qidirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patient's history opened</source>
        <translation>Bemor tarixi ochildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>records past their keeping time</source>
        <translation>saqlash muddati o‘tgan yozuvlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>student No. {key}</source>
        <translation>o‘quvchi № {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>citizen No. {key}</source>
        <translation>fuqaro № {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>application {key}</source>
        <translation>ariza {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>operator {key}</source>
        <translation>operator {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>school {key}</source>
        <translation>maktab {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Dispense or meal reversed</source>
        <translation type="vanished">Dori yoki ovqat berish bekor qilindi</translation>
    </message>
</context>
<context>
    <name>BenefitStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The benefit</source>
        <translation>Yordam turi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Which support does the family ask for? Choose one.</source>
        <translation>Oila qanday yordam so‘rayapti? Bittasini tanlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Not for this family. {reason}.</source>
        <translation>Bu oilaga to‘g‘ri kelmaydi. {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Choose the benefit the family asks for.</source>
        <translation>Oila so‘rayotgan yordam turini tanlang.</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Consent</source>
        <translation>Rozilik</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Read this to the applicant, or let them read it.</source>
        <translation>Buni arizachiga o‘qib bering yoki o‘zi o‘qib chiqsin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The data in this application (the family, incomes and property) is sent to the social protection registry, which checks it and decides on the benefit. The registry may compare it with what other state bodies already hold, so no certificates need to be brought. A face template is asked for separately, at the face step, with its own consent.</source>
        <translation>Ushbu arizadagi ma’lumotlar (oila, daromadlar va mol-mulk) ijtimoiy himoya reyestriga yuboriladi: reyestr ularni tekshiradi va yordam bo‘yicha qaror qabul qiladi. Reyestr ularni boshqa davlat organlaridagi ma’lumotlar bilan solishtirishi mumkin, shuning uchun ma’lumotnomalar olib kelish shart emas. Yuz shabloni esa «Yuz shabloni» bosqichida alohida rozilik bilan so‘raladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The applicant agrees to this</source>
        <translation>Arizachi bunga rozi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Without the applicant's consent the application cannot be submitted. If they want to think about it, save the draft and close it.</source>
        <translation>Arizachining roziligisiz arizani topshirib bo‘lmaydi. Agar u o‘ylab ko‘rmoqchi bo‘lsa, qoralamani saqlab, yoping.</translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today, {date}</source>
        <translation>Bugun, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>{session}: {meals} served</source>
        <translation>{session}: {meals} ta berildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today: {meals}</source>
        <translation>Bugun berilgan ovqatlar: {meals}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today in each class</source>
        <translation>Bugun har bir sinfda berilgan ovqatlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
</context>
<context>
    <name>DispensingPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Next patient (Esc)</source>
        <translation>Keyingi bemor (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Check and hand out (Enter)</source>
        <translation>Tekshirish va berish (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Yoshi {age} · identifikatsiya raqami {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Shaxsni rahbar tasdiqladi ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Shaxs identifikatsiya raqami bo‘yicha aniqlandi, yuz tekshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by Face-ID</source>
        <translation>Shaxs Face-ID orqali aniqlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>This patient has no prescriptions.</source>
        <translation>Bu bemorda retseptlar yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Prescription {number} from {prescriber}, valid until {date}</source>
        <translation>Retsept {number} ({prescriber}), {date} gacha amal qiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Quantity of {drug}</source>
        <translation>Miqdori: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One less of {drug}</source>
        <translation>Bittaga kamroq: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One more of {drug}</source>
        <translation>Bittaga ko‘proq: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{dosage}; {remaining} of {prescribed} {unit} left; {stock} in stock</source>
        <translation>{dosage}; qoldi {remaining} / {prescribed} {unit}; omborda {stock}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Expired on {date}: it cannot be dispensed.</source>
        <translation>Muddati tugagan ({date}): dori berib bo‘lmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Valid only from {date}: it cannot be dispensed yet.</source>
        <translation>Faqat {date} sanasidan amal qiladi: hozircha dori berib bo‘lmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cancelled by the doctor: it cannot be dispensed.</source>
        <translation>Shifokor bekor qilgan: dori berib bo‘lmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Nothing left on this prescription</source>
        <translation>Bu retsept bo‘yicha hech narsa qolmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Out of stock</source>
        <translation>Omborda yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Low stock: {count} left</source>
        <translation>Zaxira kam: {count} qoldi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Davlat hisobidan: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Choose at least one medicine to hand out.</source>
        <translation>Berish uchun kamida bitta dorini tanlang.</translation>
    </message>
</context>
<context>
    <name>DispensingScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Medicines</source>
        <translation>Dorilar</translation>
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
        <translation>shpris-ruchka</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>syrup</source>
        <translation>sirop</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>drops</source>
        <translation>tomchilar</translation>
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
        <translation>dona</translation>
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
        <translation>shifokor ko‘rsatmasiga ko‘ra</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} a day</source>
        <comment>a dosage: 1 tab a day</comment>
        <translation>kuniga {count} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} {times} times a day</source>
        <comment>a dosage: 1 tab 2 times a day</comment>
        <translation>{count} {unit} kuniga {times} mahal</translation>
    </message>
</context>
<context>
    <name>EnrollFaceDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a face</source>
        <translation>Yuzni saqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, {date} kuni tug‘ilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Read this to the citizen. A face template is kept to identify them at the terminals: numbers that describe the face, never a picture. This is separate from the consent to share their data. They can withdraw it at any time, and the template is then deleted.</source>
        <translation>Buni fuqaroga o‘qib bering. Terminallarda shaxsini aniqlash uchun uning yuz shabloni saqlanadi: bu yuzni tavsiflovchi raqamlar, hech qachon surat emas. Bu rozilik ma’lumotlarni uzatishga berilgan rozilikdan alohida. Fuqaro uni istalgan vaqtda qaytarib olishi mumkin, shunda shablon o‘chiriladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees</source>
        <translation>Fuqaro rozi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees to keep a face template</source>
        <translation>Fuqaro yuz shablonini saqlashga rozi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Kamera tasviri: yuzni kadrga olish uchun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ Yuz shabloni olindi. Surat saqlanmadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera off</source>
        <translation>Kamera o‘chiq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template again</source>
        <translation>Yuz shablonini qaytadan olish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template</source>
        <translation>Yuz shablonini olish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No camera is set up on this terminal: a face cannot be enrolled here.</source>
        <translation>Bu terminalda kamera sozlanmagan: bu yerda yuzni saqlab bo‘lmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Tick the citizen's consent first: no face template is taken without it.</source>
        <translation>Avval fuqaroning roziligini belgilang: usiz yuz shabloni olinmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Checking the face against everyone enrolled…</source>
        <translation>Yuz barcha saqlangan yuzlar bilan solishtirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No face template yet.</source>
        <translation>Yuz shabloni hali yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>This face is already {name}'s. A further template is added to it when you enroll.</source>
        <translation>Bu yuz allaqachon saqlangan ({name}). Saqlasangiz, unga yana bir shablon qo‘shiladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No one else enrolled has this face.</source>
        <translation>Yuzi saqlangan boshqa hech kimda bunday yuz yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Look at the camera</source>
        <translation>Kameraga qarang</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Good, hold still</source>
        <translation>Yaxshi, qimirlamang</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>Yaxshi suratlar: {count} / {needed}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No good picture in time. Add light in front of the face, ask the citizen to look at the camera and try again.</source>
        <translation>Belgilangan vaqtda yaxshi surat olinmadi. Yuz oldiga yorug‘lik qo‘shing, fuqarodan kameraga qarashni so‘rang va qaytadan urinib ko‘ring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The enrolled faces are still being read. Take the template again in a moment.</source>
        <translation>Saqlangan yuzlar hali o‘qilmoqda. Birozdan keyin shablonni qaytadan oling.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a look-alike face</source>
        <translation>O‘xshash yuzni saqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>• {name}, born {date}</source>
        <translation>• {name}, {date} kuni tug‘ilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>⚠ Warning: this face would pass for someone already enrolled:</source>
        <translation>⚠ Diqqat: bu yuzni yuzi allaqachon saqlangan boshqa odam bilan adashtirish mumkin:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Confirm only once you are sure they are different people (twins, for example).</source>
        <translation>Faqat bular boshqa-boshqa odamlar ekaniga (masalan, egizaklar) ishonch hosil qilgach tasdiqlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>A supervisor must decide. Enroll asks for a supervisor's PIN and the reason.</source>
        <translation>Buni rahbar hal qilishi kerak. «Saqlash» rahbarning PIN-kodi va sababni so‘raydi.</translation>
    </message>
</context>
<context>
    <name>EntitlementsPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Technical aids of this person</source>
        <translation>Oluvchining texnik vositalari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number:</source>
        <translation>Seriya raqami:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number</source>
        <translation>Seriya raqami</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Type or scan</source>
        <translation>Kiriting yoki skanerlang</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Next person (Esc)</source>
        <translation>Keyingi oluvchi (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Hand over (Enter)</source>
        <translation>Topshirish (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Yoshi {age} · identifikatsiya raqami {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Shaxsni rahbar tasdiqladi ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Shaxs identifikatsiya raqami bo‘yicha aniqlandi, yuz tekshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by Face-ID</source>
        <translation>Shaxs Face-ID orqali aniqlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>This person has no technical aids to receive.</source>
        <translation>Bu oluvchiga beriladigan texnik vositalar yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>None of this person's technical aids can be handed over today.</source>
        <translation>Bugun bu oluvchining birorta ham texnik vositasini topshirib bo‘lmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cost to the state: {money} · Decision {number} · Valid until {date}</source>
        <translation>Davlat hisobidan: {money} · Qaror {number} · {date} gacha amal qiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cannot be handed over: {reason}</source>
        <translation>Topshirib bo‘lmaydi: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Choose the aid to hand over.</source>
        <translation>Topshiriladigan vositani tanlang.</translation>
    </message>
</context>
<context>
    <name>FaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Who is the patient?</source>
        <translation>Bemor kim?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Camera picture</source>
        <translation>Kamera tasviri</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Taking the picture</source>
        <translation>Surat olinmoqda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number (F2)</source>
        <translation>Identifikatsiya raqamini kiritish (F2)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Supervisor override (F3)</source>
        <translation>Rahbar tasdig‘i (F3)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Start again (F4)</source>
        <translation>Qaytadan boshlash (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Find a patient (F5)</source>
        <translation>Bemorni qidirish (F5)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Today's hand-outs and stock (F6)</source>
        <translation>Bugun berilganlar va zaxira (F6)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Elderly mode (F7)</source>
        <translation>Keksalar rejimi (F7)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Large text, and each instruction spoken aloud</source>
        <translation>Yirik matn, har bir ko‘rsatma esa ovoz chiqarib aytiladi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This camera is a recording (demo). A recording cannot follow a request, so a head turn to either side is accepted: that shows a real head, not a photo, but not that the person is here now.</source>
        <translation>Bu kamera — videoyozuv (demo). Yozuv so‘rovni bajara olmaydi, shuning uchun boshni istalgan tomonga burish qabul qilinadi: bu surat emas, haqiqiy bosh ekanini ko‘rsatadi, lekin odam hozir shu yerda ekanini ko‘rsatmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This face is not recognised. Type the ID number (F2) or ask a supervisor (F3).</source>
        <translation>Bu yuz tanilmadi. Identifikatsiya raqamini kiriting (F2) yoki rahbarga murojaat qiling (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 2 of 2: show that you are here</source>
        <translation>Bosqich 2/2: shu yerda ekaningizni ko‘rsating</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 1 of 2: look at the camera</source>
        <translation>Bosqich 1/2: kameraga qarang</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Face-ID is getting ready…</source>
        <translation>Face-ID tayyorlanmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number, then press Enter.</source>
        <translation>Identifikatsiya raqamini kiriting va Enter tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please look at the camera.</source>
        <translation>Iltimos, kameraga qarang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please turn your head slowly to one side.</source>
        <translation>Iltimos, boshingizni sekin bir tomonga buring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Hold still, please.</source>
        <translation>Iltimos, qimirlamang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The face does not match the ID number {number}. Check the number, or ask a supervisor (F3).</source>
        <translation>Yuz {number} identifikatsiya raqamiga mos kelmaydi. Raqamni tekshiring yoki rahbarga murojaat qiling (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No face is enrolled for the ID number {number}, so it cannot be checked. Ask a supervisor (F3).</source>
        <translation>{number} identifikatsiya raqami uchun yuz saqlanmagan, shuning uchun uni tekshirib bo‘lmaydi. Rahbarga murojaat qiling (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The check for a live person failed: {reason}. Press F4 to try again.</source>
        <translation>Tirik odam tekshiruvidan o‘tilmadi: {reason}. Qaytadan urinish uchun F4 ni bosing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The recording has ended. Press F4 to play it again.</source>
        <translation>Yozuv tugadi. Uni qayta ko‘rish uchun F4 ni bosing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>{problem} Trying again in {seconds} s.</source>
        <translation>{problem} {seconds} soniyadan keyin qayta urinib ko‘riladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No picture from the camera</source>
        <translation>Kameradan tasvir yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is working again.</source>
        <translation>Kamera yana ishlayapti.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is paused.</source>
        <translation>Kamera vaqtincha to‘xtatildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Checking the face against the ID number {number}.</source>
        <translation>Yuz {number} identifikatsiya raqami bilan solishtirilmoqda.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Please fill this in.</source>
        <translation>Bu maydonni to‘ldiring.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug}: pack {serial} scanned.</source>
        <translation>{drug}: {serial} qadog‘i skanerlandi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Scan the packs of every medicine first.</source>
        <translation>Avval har bir dorining qadoqlarini skanerlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>No pack code was seen. Try again, closer and in good light, or use the scanner.</source>
        <translation>Qadoq kodi ko‘rinmadi. Yaqinroq va yaxshi yorug‘likda qayta urinib ko‘ring yoki skanerdan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out these medicines?</source>
        <translation>Bu dorilar berilsinmi?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>To {name}</source>
        <translation>Kimga: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Back (Esc)</source>
        <translation>Orqaga (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out (Enter)</source>
        <translation>Berish (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Davlat hisobidan: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Medicine</source>
        <translation>Dori</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Quantity</source>
        <translation>Miqdori</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Dosage</source>
        <translation>Dozasi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state</source>
        <translation>Davlat to‘laydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Packs scanned</source>
        <translation>Skanerlangan qadoqlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>none yet</source>
        <translation>hali yo‘q</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Who is the person?</source>
        <translation>Oluvchi kim?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Ask the person to look at the camera and to do what the screen says, for example to turn the head. The person's technical aids open by themselves.</source>
        <translation>Oluvchidan kameraga qarashni va ekrandagi ko‘rsatmani bajarishni so‘rang, masalan, boshini burishni. Oluvchining texnik vositalari o‘zi ochiladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F2: type the ID number from the person's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: oluvchi hujjatidagi identifikatsiya raqamini kiriting; yuz u bilan solishtiriladi. F3: yuzni tekshirib bo‘lmasa, rahbar tasdig‘i. F4: qaytadan boshlash.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F6: today's hand-overs at this terminal.</source>
        <translation>F6: bugun shu terminalda topshirilganlar.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Handing over a technical aid</source>
        <translation>Texnik vositani topshirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The list shows the person's technical aids. Grey ones cannot be handed over today: the line says why.</source>
        <translation>Ro‘yxatda oluvchining texnik vositalari. Kulrang vositalarni bugun topshirib bo‘lmaydi: sababi qatorda yozilgan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Choose the aid with the arrow keys, then type or scan the serial number on its label.</source>
        <translation>Vositani strelka tugmalari bilan tanlang, so‘ng yorlig‘idagi seriya raqamini kiriting yoki skanerlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Enter hands it over and records it; the receipt follows. Esc: the next person, nothing recorded.</source>
        <translation>Enter vositani topshiradi va yozib qo‘yadi; so‘ng chek chiqadi. Esc: keyingi oluvchi, hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Today's hand-overs</source>
        <translation>Bugun topshirilganlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The technical aids handed over at this terminal today, the newest first.</source>
        <translation>Bugun shu terminalda topshirilgan texnik vositalar, eng yangisi birinchi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line in red was handed over at another office as well: tell the supervisor.</source>
        <translation>Qizil qatordagi vosita boshqa idorada ham topshirilgan: rahbarga xabar bering.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line struck through was reversed by a supervisor: it no longer counts.</source>
        <translation>Ustidan chizilgan qatorni rahbar bekor qilgan: u hisobga olinmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to Face-ID.</source>
        <translation>Esc — Face-ID ekraniga qaytish.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Signing in</source>
        <translation>Tizimga kirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose your name in the list: tap it, or use the arrow keys.</source>
        <translation>Ro‘yxatdan ismingizni tanlang: ustiga bosing yoki strelka tugmalaridan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter. The PIN is never shown.</source>
        <translation>PIN-kodingizni kiriting va Enter tugmasini bosing. PIN-kod hech qachon ko‘rsatilmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>After several wrong PINs in a row your name is locked for some minutes. A supervisor can set a new PIN for you.</source>
        <translation>PIN-kod bir necha marta ketma-ket noto‘g‘ri kiritilsa, ismingiz bir necha daqiqaga bloklanadi. Rahbar sizga yangi PIN-kod o‘rnatishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal is locked</source>
        <translation>Terminal qulflangan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal locked itself after some minutes without use, so that nobody passing by sees a patient's details.</source>
        <translation>Bir necha daqiqa ishlatilmagani uchun terminal o‘zi qulflandi: shunda yonidan o‘tgan hech kim bemor ma’lumotlarini ko‘rmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter to go on where you were.</source>
        <translation>To‘xtagan joyingizdan davom etish uchun PIN-kodingizni kiriting va Enter tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Someone else may choose their own name and sign in instead: the first operator is then signed out.</source>
        <translation>Uning o‘rniga boshqa xodim o‘z ismini tanlab, tizimga kirishi mumkin: bunda birinchi operator tizimdan chiqadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Who is the patient?</source>
        <translation>Bemor kim?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask the patient to look at the camera and to do what the screen says, for example to turn the head. The patient's prescriptions open by themselves.</source>
        <translation>Bemordan kameraga qarashni va ekrandagi ko‘rsatmani bajarishni so‘rang, masalan, boshini burishni. Bemorning retseptlari o‘zi ochiladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F2: type the ID number from the patient's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: bemor hujjatidagi identifikatsiya raqamini kiriting; yuz u bilan solishtiriladi. F3: yuzni tekshirib bo‘lmasa, rahbar tasdig‘i. F4: qaytadan boshlash.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F5: find a patient by name, birth date or ID number. F6: today's hand-outs and the stock.</source>
        <translation>F5: bemorni ism-sharif, tug‘ilgan sana yoki identifikatsiya raqami bo‘yicha qidirish. F6: bugun berilganlar va zaxira.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Handing out medicines</source>
        <translation>Dori berish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Each prescription shows the quantity to hand out for one period: never more than is left on the prescription or in stock.</source>
        <translation>Har bir retseptda bir davr uchun beriladigan miqdor ko‘rsatiladi: u hech qachon retseptda yoki omborda qolgandan ko‘p bo‘lmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Change a quantity with − and + or with the arrow keys; 0 hands out none of it.</source>
        <translation>Miqdorni − va + yoki strelka tugmalari bilan o‘zgartiring; 0 — bu dori berilmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter shows a summary first: check it with the patient, then Enter hands out and records it, Esc goes back. Esc here: the next patient, nothing recorded.</source>
        <translation>Enter avval xulosani ko‘rsatadi: uni bemor bilan tekshiring, so‘ng Enter dorini beradi va yozib qo‘yadi, Esc esa orqaga qaytaradi. Bu yerda Esc: keyingi bemor, hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Before the hand-out</source>
        <translation>Berishdan oldin</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Check the medicines and the quantities with the patient.</source>
        <translation>Dorilar va miqdorlarni bemor bilan birga tekshiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter hands them out and records it; the receipt follows.</source>
        <translation>Enter dorilarni beradi va yozib qo‘yadi; so‘ng chek chiqadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to the quantities: nothing is recorded.</source>
        <translation>Esc miqdorlarga qaytaradi: hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The receipt</source>
        <translation>Chek</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The hand-out is recorded.</source>
        <translation>Dori berish yozildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the paper, then Ctrl+P prints the receipt. Ctrl+S saves it as a PDF file.</source>
        <translation>Qog‘ozni tanlang, so‘ng Ctrl+P chekni chop etadi. Ctrl+S uni PDF fayl sifatida saqlaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter or Esc: the next patient.</source>
        <translation>Enter yoki Esc: keyingi bemor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Find a patient</source>
        <translation>Bemorni qidirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then press Enter.</source>
        <translation>Ism-sharifni (lotin yoki kirill harflarida), tug‘ilgan sanani (KK.OO.YYYY) yoki identifikatsiya raqamini kiriting va Enter tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the patient with the arrow keys and press Enter to open their history.</source>
        <translation>Bemorni strelka tugmalari bilan tanlang va uning tarixini ochish uchun Enter tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Finding a patient does not identify them: the face is checked before anything is handed out. Esc goes back.</source>
        <translation>Bemorni topish uning shaxsini aniqlash degani emas: biror narsa berishdan oldin yuzi tekshiriladi. Esc — orqaga.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The patient's history</source>
        <translation>Bemor tarixi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The prescribed medicines, what is left of them, and what was handed out here.</source>
        <translation>Buyurilgan dorilar, ulardan qancha qolgani va shu yerda nima berilgani.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter checks the patient's face, then the medicines can be handed out. Ctrl+R prints the last receipt again. Esc goes back to the list.</source>
        <translation>Enter bemorning yuzini tekshiradi, so‘ng dorilarni berish mumkin. Ctrl+R oxirgi chekni qayta chop etadi. Esc ro‘yxatga qaytaradi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enroll face takes the patient's face template, with their consent, so that Face-ID knows them at the next visit.</source>
        <translation>«Yuzni saqlash» bemorning roziligi bilan uning yuz shablonini oladi: keyingi tashrifda Face-ID uni taniydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enrolling a face</source>
        <translation>Yuzni saqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Read the consent to the citizen. Tick it only if they agree: without it no face template can be taken. Only numbers that describe the face are kept, never a picture.</source>
        <translation>Rozilik matnini fuqaroga o‘qib bering. Faqat u rozi bo‘lsa, belgilang: usiz yuz shablonini olib bo‘lmaydi. Faqat yuzni tavsiflovchi raqamlar saqlanadi, hech qachon surat emas.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask them to look at the camera in good light until five good pictures are counted.</source>
        <translation>Undan yaxshi yorug‘likda, beshta yaxshi surat sanalguncha kameraga qarab turishni so‘rang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>If the face looks like someone already enrolled, their name is shown and only a supervisor can let it be enrolled, with their PIN and a reason. Esc cancels: nothing is kept.</source>
        <translation>Agar yuz allaqachon saqlangan boshqa odamga o‘xshasa, o‘sha odamning ismi ko‘rsatiladi va yuzni faqat rahbar o‘z PIN-kodi va sababi bilan saqlashga ruxsat bera oladi. Esc bekor qiladi: hech narsa saqlanmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs and stock</source>
        <translation>Bugun berilganlar va zaxira</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs at this terminal and what they cost the state, then the stock of each medicine: the ones running low first, marked.</source>
        <translation>Bugun shu terminalda berilganlar va ular davlatga qanchaga tushgani, so‘ng har bir dori zaxirasi: tugab borayotganlari belgilanib, birinchi ko‘rsatiladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Supervisor override</source>
        <translation>Rahbar tasdig‘i</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>When Face-ID cannot identify the citizen, a supervisor can vouch for them. Type the citizen's ID number from their document.</source>
        <translation>Face-ID fuqaroni aniqlay olmasa, rahbar uning shaxsini tasdiqlashi mumkin. Fuqaroning hujjatidagi identifikatsiya raqamini kiriting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason. It is recorded with the act it allows.</source>
        <translation>Rahbar o‘z ismini tanlaydi, o‘z PIN-kodini kiritadi va sababini yozadi. Bu tasdiq u ruxsat bergan yozuv bilan birga yoziladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc cancels: nothing is recorded.</source>
        <translation>Esc bekor qiladi: hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A supervisor's word</source>
        <translation>Rahbar tasdig‘i</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>This act is out of the ordinary, for example a meal outside its hours or an act to reverse. It is recorded only on a supervisor's word.</source>
        <translation>Bu odatdan tashqari yozuv, masalan, vaqtidan tashqari ovqat yoki yozuvni bekor qilish. U faqat rahbar tasdig‘i bilan yoziladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason.</source>
        <translation>Rahbar o‘z ismini tanlaydi, o‘z PIN-kodini kiritadi va sababini yozadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>School meals</source>
        <translation>Maktab ovqati</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the meal and the class. Then tap each child as they are served, or move with the arrow keys and press Enter.</source>
        <translation>Ovqatlanish vaqti va sinfni tanlang. So‘ng har bir bolaga ovqat berilganda uning kartochkasini bosing yoki strelka tugmalari bilan o‘tib, Enter tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A served child's tile shows the time; a child is served once a meal. A dashed tile: not eligible for free meals.</source>
        <translation>Ovqat olgan bolaning kartochkasida vaqt ko‘rsatiladi; bolaga har ovqatlanishda bir marta beriladi. Punktir hoshiyali kartochka: bepul ovqatlanish huquqi yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Outside the meal's hours a meal is recorded only on a supervisor's word: their name, their PIN and the reason.</source>
        <translation>Ovqatlanish vaqtidan tashqari ovqat faqat rahbar tasdig‘i bilan yoziladi: uning ismi, PIN-kodi va sababi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice: the documents for the meals served in a period.</source>
        <translation>Dalolatnoma va hisob-faktura: davr mobaynida berilgan ovqatlar uchun hujjatlar.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice</source>
        <translation>Xizmat ko‘rsatish dalolatnomasi va hisob-faktura</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the school, the first day and the last day, then make the documents: a PDF to print and sign, and a CSV file for spreadsheets.</source>
        <translation>Maktabni, birinchi va oxirgi kunni tanlang, so‘ng hujjatlarni tayyorlang: PDF — chop etish va imzolash uchun, CSV fayl — jadvallar uchun.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Only the meals actually served are counted.</source>
        <translation>Faqat haqiqatda berilgan ovqatlar hisobga olinadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Applications for social support</source>
        <translation>Ijtimoiy yordam uchun arizalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>New application opens the form. A draft is saved at every step: resume it or discard it here.</source>
        <translation>«Yangi ariza» shaklni ochadi. Har bir bosqichda qoralama saqlanadi: uni shu yerda davom ettiring yoki o‘chiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Submitted applications wait here until they reach the registry; they are sent whenever the terminal is online.</source>
        <translation>Topshirilgan arizalar reyestrga yetib borguncha shu yerda kutadi; terminal tarmoqqa ulanganda ular yuboriladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sent application has a number and a status. Open one to see its history and to print the slip for the family.</source>
        <translation>Har bir yuborilgan arizaning raqami va holati bor. Arizaning tarixini ko‘rish va oila uchun tilxatni chop etish uchun uni oching.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The application form</source>
        <translation>Ariza shakli</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Fill in one step at a time. Next checks the step and saves the draft; Back goes to the step before. The list on the left shows every step.</source>
        <translation>Bosqichlarni birma-bir to‘ldiring. «Keyingisi» bosqichni tekshiradi va qoralamani saqlaydi; «Orqaga» oldingi bosqichga qaytaradi. Chapdagi ro‘yxatda barcha bosqichlar ko‘rsatilgan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Save and close keeps the draft, to finish it later from the list of drafts.</source>
        <translation>«Saqlash va yopish» qoralamani saqlab qo‘yadi: uni keyinroq qoralamalar ro‘yxatidan tugatish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The last step shows the assessment. Submit puts the application in the queue for the registry; it cannot be changed after that.</source>
        <translation>Oxirgi bosqichda baho ko‘rsatiladi. «Arizani topshirish» arizani reyestrga yuborish navbatiga qo‘yadi; shundan keyin uni o‘zgartirib bo‘lmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The face step needs the applicant's own consent to a face template. If the face looks like someone already enrolled, the application is marked for the registry to check.</source>
        <translation>Yuz shabloni bosqichi uchun arizachining o‘z roziligi kerak. Agar yuz allaqachon saqlangan boshqa odamga o‘xshasa, ariza reyestr tekshirishi uchun belgilanadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs: type it twice.</source>
        <translation>Yangi PIN-kod o‘rnatish uchun operatorni tanlang, masalan, u o‘z kodini unutgan bo‘lsa: uni ikki marta kiriting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Unlock lets an operator locked after wrong PINs sign in again.</source>
        <translation>«Blokdan chiqarish» noto‘g‘ri PIN-kodlardan keyin bloklangan operatorga qayta kirish imkonini beradi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Overrides</source>
        <translation>Rahbar tasdiqlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Medicines handed over on a supervisor's word when Face-ID could not match, newest first: who handed them over, who approved, and why.</source>
        <translation>Face-ID aniqlay olmaganda rahbar tasdig‘i bilan berilgan dorilar, avval yangilari: kim bergan, kim tasdiqlagan va nima sababdan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Audit trail</source>
        <translation>Audit jurnali</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sensitive act at this terminal, newest first.</source>
        <translation>Shu terminaldagi barcha muhim harakatlar, avval yangilari.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Verify the chain checks that no entry was changed or removed behind the program's back.</source>
        <translation>«Zanjirni tekshirish» hech bir yozuv dasturni chetlab o‘zgartirilmagan yoki o‘chirilmaganini tekshiradi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Sync problems</source>
        <translation>Sinxronlash muammolari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Acts the registry did not take, and news from the registry this terminal could not apply.</source>
        <translation>Reyestr qabul qilmagan yozuvlar va bu terminal qo‘llay olmagan reyestr ma’lumotlari.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Nothing is lost: every act stays on this terminal. Give the act's number to the registry's help desk.</source>
        <translation>Hech narsa yo‘qolmaydi: har bir yozuv shu terminalda qoladi. Yozuv raqamini reyestr yordam xizmatiga ayting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's acts</source>
        <translation>Bugungi yozuvlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hand-outs, meals and aids recorded at this terminal today, newest first.</source>
        <translation>Bugun shu terminalda yozilgan dori va ovqat berishlar hamda vosita topshirishlar, avval yangilari.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose a mistaken one and reverse it, on a supervisor's word with the reason. Medicines go back on the prescription and in stock; a meal no longer counts; an aid's entitlement can be handed over again.</source>
        <translation>Xatosini tanlab, rahbar tasdig‘i va sababi bilan bekor qiling. Dorilar retseptga va omborga qaytariladi; ovqat hisobga olinmaydi; vositani shu huquq bo‘yicha qayta topshirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The bar at the bottom</source>
        <translation>Pastki panel</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Online or offline: offline, work goes on and the acts wait in the queue until the registry can be reached.</source>
        <translation>Tarmoqda yoki tarmoq yo‘q: tarmoq bo‘lmasa ham ish davom etadi, yozuvlar esa reyestr bilan aloqa tiklanguncha navbatda kutadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Queue: acts not sent yet. Set aside: acts the registry did not take; a supervisor sees them under Sync problems. Sync now (F9) sends at once.</source>
        <translation>Navbat: hali yuborilmagan yozuvlar. Chetga qo‘yilgan: reyestr qabul qilmagan yozuvlar; rahbar ularni «Sinxronlash muammolari» bo‘limida ko‘radi. «Sinxronlash» (F9) darhol yuboradi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hamyon Terminal</source>
        <translation>Hamyon Terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Press F1 on any screen for help about it.</source>
        <translation>Istalgan ekranda F1 ni bossangiz, shu ekran haqida yordam chiqadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>On every screen</source>
        <translation>Barcha ekranlarda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A+ at the top makes the text larger, for you or for a patient who reads along (Ctrl+Plus); press it again for the usual size (Ctrl+Minus).</source>
        <translation>Yuqoridagi A+ matnni kattalashtiradi — siz uchun yoki ekranni birga o‘qiyotgan bemor uchun (Ctrl+Plus); odatdagi o‘lchamga qaytish uchun uni yana bosing (Ctrl+Minus).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Help</source>
        <translation>Yordam</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close (Enter)</source>
        <translation>Yopish (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close the help</source>
        <translation>Yordamni yopish</translation>
    </message>
</context>
<context>
    <name>IdNumberEntry</name>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{kind} from the citizen's document</source>
        <translation>{kind} — fuqaro hujjatidan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>Check the face</source>
        <translation>Yuzni tekshirish</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>{count} of {length} digits</source>
        <translation>{count} / {length} raqam</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>✓ Born on {date}, {sex}. Compare with the document.</source>
        <translation>✓ Tug‘ilgan sanasi {date}, {sex}. Hujjat bilan solishtiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the {kind}.</source>
        <translation>«{kind}» maydonini to‘ldiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{typed} of {count} digits</source>
        <translation>{typed} / {count} raqam</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>The number is valid.</source>
        <translation>Raqam to‘g‘ri.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{count} digits</source>
        <translation>{count} ta raqam</translation>
    </message>
</context>
<context>
    <name>IncomesStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Incomes</source>
        <translation>Daromadlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Every regular income of the family, per month, before tax. If nobody earns anything, go on.</source>
        <translation>Oilaning barcha doimiy daromadlari — oyiga, soliqlar ushlanishidan oldin. Hech kim daromad olmasa, davom eting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Whose income</source>
        <translation>Kimning daromadi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Source</source>
        <translation>Manbai</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Amount a month ({currency})</source>
        <translation>Oylik summa ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the income</source>
        <translation>Daromadni qo‘shish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the income</source>
        <translation>Daromadni olib tashlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No income added.</source>
        <translation>Daromad qo‘shilmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{source}: {amount} a month</source>
        <translation>{source}: oyiga {amount}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>An amount is typed but not added: press “Add the income”, or clear it.</source>
        <translation>Summa kiritilgan, lekin qo‘shilmagan: «Daromadni qo‘shish» tugmasini bosing yoki uni o‘chiring.</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Progress</source>
        <translation>Bajarilishi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Stopping after the current step…</source>
        <translation>Joriy qadamdan keyin to‘xtatiladi…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>This terminal is locked</source>
        <translation>Terminal qulflangan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>{name}: type your PIN to go on. Someone else may choose their own name and sign in instead.</source>
        <translation>{name}: davom etish uchun PIN-kodingizni kiriting. Boshqa xodim o‘z ismini tanlab, tizimga kirishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Unlock</source>
        <translation>Qulfni ochish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Sign in and sign {name} out</source>
        <translation>Kirish ({name} tizimdan chiqadi)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Choose your name first.</source>
        <translation>Avval ismingizni tanlang.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>This language is not available; English is shown.</source>
        <translation>Bu til mavjud emas; ingliz tili ko‘rsatilmoqda.</translation>
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
        <translation>Xizmat ko‘rsatish dalolatnomasi va hisob-faktura</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>MealReportPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act and invoice</source>
        <translation>Xizmat ko‘rsatish dalolatnomasi va hisob-faktura</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Funding follows the meals actually served. Choose the period, then make the documents: PDF to print and sign, CSV for spreadsheets.</source>
        <translation>Mablag‘ haqiqatda berilgan ovqatlar uchun ajratiladi. Davrni tanlang va hujjatlarni tayyorlang: PDF — chop etish va imzolash uchun, CSV — jadvallar uchun.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day</source>
        <translation>Birinchi kun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day</source>
        <translation>Oxirgi kun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Make the act and invoice</source>
        <translation>Dalolatnoma va hisob-fakturani tayyorlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Open the folder</source>
        <translation>Papkani ochish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day of the period</source>
        <translation>Davrning birinchi kuni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day of the period</source>
        <translation>Davrning oxirgi kuni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>No school is set up at this site.</source>
        <translation>Bu muassasada maktab sozlanmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The first day is after the last day: change one of them.</source>
        <translation>Birinchi kun oxirgi kundan keyin: ulardan birini o‘zgartiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Counting the meals served…</source>
        <translation>Berilgan ovqatlar sanalmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Writing the act and the invoice…</source>
        <translation>Dalolatnoma va hisob-faktura yozilmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Invoice for free school meals</source>
        <translation>Bepul maktab ovqati uchun hisob-faktura</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act: free school meals served</source>
        <translation>Xizmat ko‘rsatish dalolatnomasi: berilgan bepul maktab ovqati</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Facility</source>
        <translation>Muassasa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Period</source>
        <translation>Davr</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>{start} to {end}</source>
        <translation>{start} — {end}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meal</source>
        <translation>Ovqatlanish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served</source>
        <translation>Berilgan ovqatlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Price</source>
        <translation>Narxi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Total due</source>
        <translation>Jami to‘lanadi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served in the period</source>
        <translation>Davrda berilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School director: ____________________</source>
        <translation>Maktab direktori: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Canteen provider: ____________________</source>
        <translation>Ovqat yetkazib beruvchi: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The service act and the invoice for {start} to {end} are ready: {meals} meals served, {amount} to pay. The PDF and CSV files are in the folder {folder}.</source>
        <translation>{start} — {end} davri uchun dalolatnoma va hisob-faktura tayyor: {meals} ta ovqat berilgan, to‘lov — {amount}. PDF va CSV fayllar {folder} papkasida.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Cancelled: no documents were made.</source>
        <translation>Bekor qilindi: hujjatlar tayyorlanmadi.</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School meals</source>
        <translation>Maktab ovqati</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Meal</source>
        <translation>Ovqatlanish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Students of the class</source>
        <translation>Sinf o‘quvchilari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Service act and invoice…</source>
        <translation>Dalolatnoma va hisob-faktura…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>No school is set up at this site.</source>
        <translation>Bu muassasada maktab sozlanmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Choose the meal and the class.</source>
        <translation>Ovqatlanish vaqti va sinfni tanlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class {name}, {session}: {served} of {eligible} served</source>
        <translation>{name} sinf, {session}: {eligible} tadan {served} tasi ovqatlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>A meal outside its hours</source>
        <translation>Vaqtidan tashqari ovqat</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Not recorded: the meal is outside its hours and no supervisor confirmed it.</source>
        <translation>Yozilmadi: ovqat vaqtidan tashqari va rahbar uni tasdiqlamadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Served: {student}, {session} at {time}.</source>
        <translation>Berildi: {student}, {session}, soat {time}.</translation>
    </message>
</context>
<context>
    <name>MembersStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The family</source>
        <translation>Oila</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Everyone who lives with the applicant and shares the household. Add them one by one.</source>
        <translation>Arizachi bilan birga yashaydigan va umumiy ro‘zg‘or yurituvchi barcha kishilar. Ularni birma-bir qo‘shing.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>Ism-sharif</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Relation</source>
        <translation>Qarindoshligi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in</source>
        <translation>Xizmat joyi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Add to the family</source>
        <translation>Oilaga qo‘shish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Remove from the family</source>
        <translation>Oiladan olib tashlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Nobody added yet: the applicant lives alone?</source>
        <translation>Hali hech kim qo‘shilmagan: arizachi yolg‘iz yashaydimi?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Family members</source>
        <translation>Oila a’zolari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>{relation} · {pin} · age {age}</source>
        <translation>{relation} · {pin} · yoshi {age}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>This ID number is already in the family.</source>
        <translation>Bu identifikatsiya raqami oilada allaqachon bor.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>A family member is typed but not added: press “Add to the family”, or clear the fields.</source>
        <translation>Oila a’zosi kiritilgan, lekin qo‘shilmagan: «Oilaga qo‘shish» tugmasini bosing yoki maydonlarni tozalang.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators of this terminal</source>
        <translation>Ushbu terminal operatorlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs.</source>
        <translation>Yangi PIN-kod o‘rnatish uchun operatorni tanlang, masalan, u o‘z kodini unutgan bo‘lsa.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN</source>
        <translation>Yangi PIN-kod</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN again</source>
        <translation>PIN-kod yana bir marta</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Set the PIN</source>
        <translation>PIN-kodni o‘rnatish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Unlock</source>
        <translation>Blokdan chiqarish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Name</source>
        <translation>Ism</translation>
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
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>set</source>
        <translation>o‘rnatilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>not set yet</source>
        <translation>hali o‘rnatilmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>disabled</source>
        <translation>o‘chirilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>active</source>
        <translation>faol</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until a new PIN is set</source>
        <translation>yangi PIN-kod o‘rnatilguncha bloklangan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until {time}</source>
        <translation>soat {time} gacha bloklangan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN for {name}</source>
        <translation>Yangi PIN-kod: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator.</source>
        <translation>Operatorni tanlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} typed a wrong PIN too many times: set a new PIN to unlock them.</source>
        <translation>{name} PIN-kodni juda ko‘p marta noto‘g‘ri kiritdi: blokdan chiqarish uchun yangi PIN-kod o‘rnating.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is locked after wrong PINs until {time}.</source>
        <translation>{name} noto‘g‘ri PIN-kodlardan keyin soat {time} gacha bloklangan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>A PIN has at least {count} characters.</source>
        <translation>PIN-kod kamida {count} ta belgidan iborat bo‘ladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The two PINs are not the same: type them again.</source>
        <translation>Ikki PIN-kod bir xil emas: ularni qaytadan kiriting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN of {name} is set. They can sign in with it now.</source>
        <translation>PIN-kod o‘rnatildi ({name}). Endi u bilan kirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is unlocked and can sign in with their PIN now.</source>
        <translation>{name} blokdan chiqarildi: endi o‘z PIN-kodi bilan kira oladi.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor override</source>
        <translation>Rahbar tasdig‘i</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Only when Face-ID cannot identify the citizen. It is recorded with the supervisor's name.</source>
        <translation>Faqat Face-ID fuqaroni aniqlay olmaganda. Rahbarning ismi bilan birga yoziladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Citizen's ID number, from their document</source>
        <translation>Fuqaroning identifikatsiya raqami (hujjatidan)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor</source>
        <translation>Rahbar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Rahbarning o‘z PIN-kodi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's PIN</source>
        <translation>Rahbarning PIN-kodi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason (written out)</source>
        <translation>Sababi (so‘z bilan yozing)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason</source>
        <translation>Sababi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>For example: the face is bandaged after an operation.</source>
        <translation>Masalan: operatsiyadan keyin yuz bog‘lab qo‘yilgan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Confirm the override</source>
        <translation>Tasdiqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Another supervisor must sign: no one approves their own override.</source>
        <translation>Boshqa rahbar imzolashi kerak: hech kim o‘z tasdiqlashini o‘zi imzolamaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>No supervisor can sign in on this terminal.</source>
        <translation>Bu terminalga kira oladigan rahbar yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Type the citizen's ID number.</source>
        <translation>Fuqaroning identifikatsiya raqamini kiriting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Choose the supervisor.</source>
        <translation>Rahbarni tanlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>Rahbar o‘z PIN-kodini kiritadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Write the reason for the override.</source>
        <translation>Tasdiqlash sababini yozing.</translation>
    </message>
</context>
<context>
    <name>OverridesPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Overrides</source>
        <translation>Rahbar tasdiqlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Medicines handed over when Face-ID could not match, on a supervisor's word. Newest first.</source>
        <translation>Face-ID aniqlay olmaganda rahbar tasdig‘i bilan berilgan dorilar. Avval yangilari.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>No overrides recorded on this terminal.</source>
        <translation>Bu terminalda rahbar tasdiqlari yozilmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Citizen</source>
        <translation>Fuqaro</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Reason</source>
        <translation>Sababi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Handed over by {nurse}
Approved by {supervisor}</source>
        <translation>Bergan: {nurse}
Tasdiqlagan: {supervisor}</translation>
    </message>
</context>
<context>
    <name>PackScanBox</name>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan every pack handed out:</source>
        <translation>Berilayotgan har bir qadoqni skanerlang:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Pack code</source>
        <translation>Qadoq kodi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan the square code on the pack</source>
        <translation>Qadoqdagi kvadrat kodni skanerlang</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan with the camera</source>
        <translation>Kamera bilan skanerlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Hold the pack's square code up to the camera.</source>
        <translation>Qadoqning kvadrat kodini kameraga tuting.</translation>
    </message>
</context>
<context>
    <name>PatientHistoryPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Handed out at this terminal</source>
        <translation>Shu terminalda berilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescribed medicines</source>
        <translation>Buyurilgan dorilar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Check the face and hand out (Enter)</source>
        <translation>Yuzni tekshirish va berish (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Print the last receipt again (Ctrl+R)</source>
        <translation>Oxirgi chekni qayta chop etish (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reverse the chosen hand-out…</source>
        <translation>Tanlangan berishni bekor qilish…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Enroll face…</source>
        <translation>Yuzni saqlash…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Back (Esc)</source>
        <translation>Orqaga (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Yoshi {age} · identifikatsiya raqami {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescription</source>
        <translation>Retsept</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicine</source>
        <translation>Dori</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Left</source>
        <translation>Qoldi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Last handed out</source>
        <translation>Oxirgi marta berilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicines</source>
        <translation>Dorilar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Cost to the state</source>
        <translation>Davlat to‘laydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>By</source>
        <translation>Kim berdi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>No prescriptions and nothing handed out yet.</source>
        <translation>Retseptlar yo‘q, hali hech narsa berilmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>nothing left</source>
        <translation>hech narsa qolmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{remaining} of {prescribed} {unit}</source>
        <translation>{remaining} / {prescribed} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>here, {when}</source>
        <translation>shu yerda, {when}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{count} {unit} at other terminals</source>
        <translation>boshqa terminallarda {count} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>never</source>
        <translation>hali berilmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{when}, {name}: {medicines}</source>
        <translation>{when}, {name}: {medicines}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Bekor qilindi. Miqdorlar retseptga va omborga qaytarildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Face enrolled. It is sent to the registry at the next sync.</source>
        <translation>Yuz saqlandi. U keyingi sinxronlashda reyestrga yuboriladi.</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Find a patient</source>
        <translation>Bemorni qidirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then Enter. Finding a patient does not identify them: their face is checked before anything is handed out.</source>
        <translation>Ism-sharifni (lotin yoki kirill harflarida), tug‘ilgan sanani (KK.OO.YYYY) yoki identifikatsiya raqamini kiriting va Enter tugmasini bosing. Bemorni topish uning shaxsini aniqlash degani emas: biror narsa berishdan oldin uning yuzi tekshiriladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name, birth date or ID number</source>
        <translation>Ism-sharif, tug‘ilgan sana yoki identifikatsiya raqami</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Search (Enter)</source>
        <translation>Qidirish (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Back (Esc)</source>
        <translation>Orqaga (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name</source>
        <translation>Ism-sharif</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Born</source>
        <translation>Tug‘ilgan sana</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Age</source>
        <translation>Yoshi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>ID number</source>
        <translation>Identifikatsiya raqami</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Nobody of this site matches.</source>
        <translation>Bu muassasada mos keladigan bemor yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>More than {count} patients match: type more of the name or the birth date.</source>
        <translation>{count} tadan ortiq bemor mos keladi: ism-sharif yoki tug‘ilgan sanani to‘liqroq kiriting.</translation>
    </message>
</context>
<context>
    <name>PharmacyDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Orqaga (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today, {date}</source>
        <translation>Bugun, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Hand-outs: {count} · Patients: {people} · Cost to the state: {money}</source>
        <translation>Berildi: {count} marta · Bemorlar: {people} · Davlat hisobidan: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Medicine</source>
        <translation>Dori</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Handed out today</source>
        <translation>Bugun berildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>In stock</source>
        <translation>Omborda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Lasts</source>
        <translation>Yetadi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Running low (less than {days} days left): {names}</source>
        <translation>Tugab bormoqda ({days} kundan kamga yetadi): {names}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>out of stock</source>
        <translation>omborda yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>none handed out lately</source>
        <translation>yaqinda berilmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>about {days} days</source>
        <translation>taxminan {days} kun</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>A phone number has digits only, for example +998 90 123 45 67.</source>
        <translation>Telefon raqami faqat raqamlardan iborat, masalan +998 90 123 45 67.</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, {date} kuni tug‘ilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Face template</source>
        <translation>Yuz shabloni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Only a face template is taken: numbers that describe the face, never the picture. It is compared with the faces enrolled here, so that nobody applies under two names. You may skip this step.</source>
        <translation>Faqat yuz shabloni olinadi: yuzni tavsiflovchi raqamlar, hech qachon suratning o‘zi emas. Hech kim ikki xil ism bilan ariza bermasligi uchun u shu yerda saqlangan yuzlar bilan solishtiriladi. Bu bosqichni o‘tkazib yuborish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Ask the applicant first. If they are on this site's list of citizens, the template is also kept for Face-ID. They may refuse: the application goes on without it.</source>
        <translation>Avval arizachidan so‘rang. Agar u muassasa fuqarolari ro‘yxatida bo‘lsa, shablon Face-ID uchun ham saqlanadi. U rad etishi mumkin: ariza shablonsiz davom etadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant agrees to the face template</source>
        <translation>Arizachi yuz shabloniga rozi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Stop the camera</source>
        <translation>Kamerani to‘xtatish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Delete the template</source>
        <translation>Shablonni o‘chirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Kamera tasviri: yuzni kadrga olish uchun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Checking the face against everyone enrolled at this site…</source>
        <translation>Yuz shu muassasada saqlangan barcha yuzlar bilan solishtirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>⚠ This face looks like {people}, already enrolled at this site. The application is flagged for the registry to check.</source>
        <translation>⚠ Bu yuz shu muassasada yuzi saqlangan boshqa odamga o‘xshaydi ({people}). Ariza reyestr tekshirishi uchun belgilandi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ This is the applicant's own face, enrolled before.</source>
        <translation>✓ Bu arizachining avval saqlangan o‘z yuzi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ Nobody enrolled at this site looks like the applicant.</source>
        <translation>✓ Shu muassasada yuzi saqlanganlardan hech kim arizachiga o‘xshamaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: a face like someone else's is never kept.</source>
        <translation>Faqat shu tekshiruv uchun ishlatiladi: boshqa odamnikiga o‘xshash yuz hech qachon saqlanmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: the applicant is not on this site's list of citizens.</source>
        <translation>Faqat shu tekshiruv uchun ishlatiladi: arizachi muassasa fuqarolari ro‘yxatida yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Kept for Face-ID at this site once the application is submitted.</source>
        <translation>Ariza topshirilgach, shu muassasada Face-ID uchun saqlanadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template again</source>
        <translation>Yuz shablonini qaytadan olish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template</source>
        <translation>Yuz shablonini olish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ Yuz shabloni olindi. Surat saqlanmadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No camera is set up on this terminal: skip this step.</source>
        <translation>Bu terminalda kamera sozlanmagan: bu bosqichni o‘tkazib yuboring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant has not agreed to a face template: none can be taken. Tick the box if they agree, or skip this step.</source>
        <translation>Arizachi yuz shabloniga rozilik bermagan: shablonni olib bo‘lmaydi. Rozi bo‘lsa, belgilang yoki bu bosqichni o‘tkazib yuboring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No face template yet.</source>
        <translation>Yuz shabloni hali yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Look at the camera</source>
        <translation>Kameraga qarang</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Good, hold still</source>
        <translation>Yaxshi, qimirlamang</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>Yaxshi suratlar: {count} / {needed}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No good picture in time. Add light in front of the face, ask the applicant to look at the camera and try again, or skip this step.</source>
        <translation>Belgilangan vaqtda yaxshi surat olinmadi. Yuz oldiga yorug‘lik qo‘shing, arizachidan kameraga qarashni so‘rang va qaytadan urinib ko‘ring yoki bu bosqichni o‘tkazib yuboring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera off</source>
        <translation>Kamera o‘chiq</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <location filename="../../terminal/ui/demo_app.py"/>
        <source>Preparing the demo site …</source>
        <translation>Demo muassasa tayyorlanmoqda …</translation>
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
        <translation>Chop etish (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>PDF sifatida saqlash (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paper for printing</source>
        <translation>Chop etish uchun qog‘oz</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>A4 sheet</source>
        <translation>A4 varaq</translation>
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
        <translation>Keyingi bemor (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Chek {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Patient: {name}, ID number {number}</source>
        <translation>Bemor: {name}, identifikatsiya raqami {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Shaxs aniqlangan usul: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Davlat to‘ladi: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the patient: {money}</source>
        <translation>Bemor to‘ladi: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Dispensed by: {name}</source>
        <translation>Dori bergan: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Reversed on {time} by {name}: {reason}. Nothing of it counts.</source>
        <translation>Bekor qilingan ({time}, {name}): {reason}. Bu berish hisobga olinmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Medicine</source>
        <translation>Dori</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription</source>
        <translation>Retsept</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Quantity</source>
        <translation>Miqdori</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>State price</source>
        <translation>Davlat narxi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Cost to the state</source>
        <translation>Davlat to‘laydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription {number}</source>
        <translation>Retsept {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Packs: {serials}</source>
        <translation>Qadoqlar: {serials}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>supervisor override ({reason})</source>
        <translation>rahbar tasdig‘i ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>ID number with face verification</source>
        <translation>identifikatsiya raqami va yuzni tekshirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Face-ID</source>
        <translation>Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to print the receipt.</source>
        <translation>Chekni chop etish uchun tizimga kiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sent to the printer.</source>
        <translation>Printerga yuborildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save the receipt as PDF</source>
        <translation>Chekni PDF sifatida saqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF fayllar (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to save the receipt.</source>
        <translation>Chekni saqlash uchun tizimga kiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}</source>
        <translation>Chek {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>The receipt could not be saved as {path}. Choose another folder.</source>
        <translation>Chekni {path} sifatida saqlab bo‘lmadi. Boshqa papkani tanlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Saved as {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
</context>
<context>
    <name>Reversal</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reversed by {name}: {reason}</source>
        <translation>Bekor qilingan ({name}): {reason}</translation>
    </message>
</context>
<context>
    <name>ReversalWordDialog</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a hand-out</source>
        <translation>Dori berishni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a meal</source>
        <translation>Ovqat berishni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an aid's hand-over</source>
        <translation>Vosita topshirishni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an act</source>
        <translation>Yozuvni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The medicines go back on the prescription and in stock.</source>
        <translation>Dorilar retseptga va omborga qaytariladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The meal no longer counts; the student may be served again.</source>
        <translation>Ovqat hisobga olinmaydi; o‘quvchiga qayta ovqat berish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Vosita hisobga olinmaydi; uni shu huquq bo‘yicha qayta topshirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The act no longer counts.</source>
        <translation>Yozuv hisobga olinmaydi.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check and submit</source>
        <translation>Tekshirish va topshirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check the summary with the applicant, then submit.</source>
        <translation>Xulosani arizachi bilan birga tekshiring, so‘ng topshiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>This is a preliminary assessment: the registry makes the decision. Once submitted, the application cannot be changed; it is sent to the registry when the terminal is online.</source>
        <translation>Bu dastlabki baho: qarorni reyestr qabul qiladi. Topshirilgan arizani o‘zgartirib bo‘lmaydi; terminal tarmoqqa ulanganda u reyestrga yuboriladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Submit the application</source>
        <translation>Arizani topshirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>⚠ The applicant's face looks like {people}: the application goes to the registry flagged, for it to check who applies.</source>
        <translation>⚠ Arizachining yuzi boshqa odamga o‘xshaydi ({people}): ariza reyestrga belgilangan holda yuboriladi, reyestr arizachi kimligini tekshiradi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>✓ The applicant's face was checked: it looks like nobody else enrolled here.</source>
        <translation>✓ Arizachining yuzi tekshirildi: u shu yerda yuzi saqlangan boshqa hech kimga o‘xshamaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>{applicant}, {benefit}. Family: {size} people. Incomes: {income} a month. Property: {assets}.</source>
        <translation>{applicant}, {benefit}. Oila: {size} kishi. Daromadlar: oyiga {income}. Mol-mulk: {assets}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Assessing…</source>
        <translation>Baholanmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Flagged: this family may not receive these benefits.</source>
        <translation>Belgilandi: bu oila bunday yordamni ololmaydi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears to be eligible.</source>
        <translation>Oila yordam olish huquqiga ega ko‘rinadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears not to be eligible; it may still apply.</source>
        <translation>Oila yordam olish huquqiga ega emasga o‘xshaydi; baribir ariza berishi mumkin.</translation>
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
        <translation>Foydasiga: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Against: {reason}</source>
        <translation>Qarshi: {reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Nurse</source>
        <translation>Hamshira</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Canteen staff</source>
        <translation>Oshxona xodimi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Field inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Social worker</source>
        <translation>Ijtimoiy xodim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Supervisor</source>
        <translation>Rahbar</translation>
    </message>
</context>
<context>
    <name>SentApplicationsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Sent applications</source>
        <translation>Yuborilgan arizalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Every application submitted on this terminal, the newest first.</source>
        <translation>Shu terminalda topshirilgan barcha arizalar, avval yangilari.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Find by the applicant's name or the number</source>
        <translation>Arizachining ismi yoki ariza raqami bo‘yicha qidirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Orqaga (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Open the application</source>
        <translation>Arizani ochish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{number} · {applicant}
{benefit} · submitted {time}
{status}</source>
        <translation>{number} · {applicant}
{benefit} · topshirilgan: {time}
{status}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{application} · ⚠ the face looks like someone else's</source>
        <translation>{application} · ⚠ yuz boshqa odamnikiga o‘xshaydi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No sent application has this name or number.</source>
        <translation>Bunday ism yoki raqamli yuborilgan ariza yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No application has been submitted on this terminal yet.</source>
        <translation>Bu terminalda hali birorta ham ariza topshirilmagan.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Hamyon Terminal: set-up</source>
        <translation>Hamyon Terminal: sozlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Set up this terminal</source>
        <translation>Terminalni sozlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type the registry's address and the one-time code your registry team gave you.</source>
        <translation>Reyestr manzilini va reyestr jamoasi bergan bir martalik kodni kiriting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Registry address</source>
        <translation>Reyestr manzili</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Enrollment code</source>
        <translation>Ulanish kodi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connect</source>
        <translation>Ulash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Open the demo site instead</source>
        <translation>Buning o‘rniga demo muassasani ochish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type both the address and the code.</source>
        <translation>Manzilni ham, kodni ham kiriting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connecting to the registry and downloading this site …</source>
        <translation>Reyestrga ulanilmoqda va muassasa ma’lumotlari yuklanmoqda …</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Preparing the demo site …</source>
        <translation>Demo muassasa tayyorlanmoqda …</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Who is working at this terminal?</source>
        <translation>Bu terminalda kim ishlayapti?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name, type your PIN and press Enter.</source>
        <translation>Ismingizni tanlang, PIN-kodingizni kiriting va Enter tugmasini bosing.</translation>
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
        <translation>Kirish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name first.</source>
        <translation>Avval ismingizni tanlang.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Sign in to print the slip.</source>
        <translation>Tilxatni chop etish uchun tizimga kiring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>The slip is sent to the printer.</source>
        <translation>Tilxat printerga yuborildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Arizachi: {name}, identifikatsiya raqami {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Submitted on {date}</source>
        <translation>Topshirilgan: {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Benefit asked for: {benefit}</source>
        <translation>So‘ralgan yordam turi: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Family members: {count}</source>
        <translation>Oila a’zolari: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Application for social support</source>
        <translation>Ijtimoiy yordam uchun ariza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>quote the number above at {facility}, or to the social protection registry's help line. Keep this slip.</source>
        <translation>yuqoridagi raqamni muassasaga ({facility}) yoki ijtimoiy himoya reyestrining yordam xizmati telefoniga ayting. Bu tilxatni saqlab qo‘ying.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Preliminary assessment:</source>
        <translation>Dastlabki baho:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>This is a preliminary assessment made at the office: the registry decides.</source>
        <translation>Bu muassasada berilgan dastlabki baho: qarorni reyestr qabul qiladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Status on {date}:</source>
        <translation>Holati ({date}):</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>What happens next:</source>
        <translation>Keyin nima bo‘ladi:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>To ask about the application:</source>
        <translation>Ariza haqida so‘rash uchun:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>{status}. The registry's note: {note}</source>
        <translation>{status}. Reyestr izohi: {note}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may not receive these benefits (see why below).</source>
        <translation>oila bu yordamni ololmaydi (sababi quyida).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears to be eligible.</source>
        <translation>oila yordam olish huquqiga ega ko‘rinadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears not to be eligible; the registry still decides.</source>
        <translation>oila yordam olish huquqiga ega emasga o‘xshaydi; baribir qarorni reyestr qabul qiladi.</translation>
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
        <translation>muassasa terminali tarmoqqa ulanishi bilan ariza reyestrga yuboriladi. Reyestr oila ma’lumotlarini boshqa davlat organlari bilan tekshiradi va qaror qabul qiladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry checks the family's data with other state bodies and decides; the office tells the family of the decision.</source>
        <translation>reyestr oila ma’lumotlarini boshqa davlat organlari bilan tekshiradi va qaror qabul qiladi; muassasa qaror haqida oilaga xabar beradi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the benefit is paid as the registry's decision says.</source>
        <translation>yordam reyestr qarorida ko‘rsatilganidek to‘lanadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may ask the office why, and apply again when its situation changes.</source>
        <translation>oila muassasadan sababini so‘rashi va sharoiti o‘zgarganda qayta ariza berishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry needs more from the family: come to the office with this slip.</source>
        <translation>reyestrga oiladan qo‘shimcha ma’lumot kerak: bu tilxat bilan muassasaga keling.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Not connected to a registry</source>
        <translation>Reyestrga ulanmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Online</source>
        <translation>● Tarmoqda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Offline: work goes on, acts wait in the queue</source>
        <translation>● Tarmoq yo‘q: ish davom etadi, yozuvlar navbatda kutadi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Queue: {count}</source>
        <translation>Navbat: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Set aside: {count}</source>
        <translation>Chetga qo‘yilgan: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Last sync: {time}</source>
        <translation>Sinxronlangan: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Never synced</source>
        <translation>Hali sinxronlanmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Sync now</source>
        <translation>Sinxronlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>The data store of this terminal is damaged: new acts are refused. Ask IT to run 'hamyon store recover'; every act that can still be read is kept.</source>
        <translation>Bu terminalning ma’lumotlar ombori shikastlangan: yangi yozuvlar qabul qilinmaydi. IT xodimidan 'hamyon store recover' buyrug‘ini bajarishini so‘rang; hali o‘qilishi mumkin bo‘lgan barcha yozuvlar saqlanadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{minutes} min</source>
        <translation>{minutes} daqiqa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{days} days</source>
        <translation>{days} kun</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} ahead of the registry: set it right</source>
        <translation>Soat reyestrdan {amount} oldinda: uni to‘g‘rilang</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} behind the registry: set it right</source>
        <translation>Soat reyestrdan {amount} orqada: uni to‘g‘rilang</translation>
    </message>
</context>
<context>
    <name>StudentTile</name>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not eligible for free meals</source>
        <translation>Bepul ovqatlanish huquqi yo‘q</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>✓ Served at {time}</source>
        <translation>✓ Berildi: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not served yet</source>
        <translation>Hali berilmagan</translation>
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
        <translation>Rahbar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Supervisor's pages</source>
        <translation>Rahbar bo‘limlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Overrides</source>
        <translation>Rahbar tasdiqlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Meal reports</source>
        <translation>Ovqatlanish hisobotlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Audit trail</source>
        <translation>Audit jurnali</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Sync problems</source>
        <translation>Sinxronlash muammolari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Today's acts</source>
        <translation>Bugungi yozuvlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Spoken guidance</source>
        <translation>Ovozli ko‘rsatmalar</translation>
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
        <translation>Rahbar buni o‘z PIN-kodi bilan tasdiqlaydi. Bu rahbarning ismi va sababi bilan birga yoziladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor</source>
        <translation>Rahbar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Rahbarning o‘z PIN-kodi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's PIN</source>
        <translation>Rahbarning PIN-kodi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason (written out)</source>
        <translation>Sababi (so‘z bilan yozing)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason</source>
        <translation>Sababi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Confirm</source>
        <translation>Tasdiqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>No other supervisor can sign in on this terminal.</source>
        <translation>Bu terminalga kira oladigan boshqa rahbar yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Choose the supervisor.</source>
        <translation>Rahbarni tanlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>Rahbar o‘z PIN-kodini kiritadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Write the reason.</source>
        <translation>Sababini yozing.</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicines handed out</source>
        <translation>Dori berish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School meal</source>
        <translation>Maktab ovqati</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Application</source>
        <translation>Ariza</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Texnik vosita topshirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template enrolled</source>
        <translation>Yuz shabloni saqlandi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Tashrifda yuz shabloni olindi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template removed</source>
        <translation>Yuz shabloni o‘chirildi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of an act</source>
        <translation>Yozuvni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Facility</source>
        <translation>Muassasa</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Setting</source>
        <translation>Sozlama</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Citizen</source>
        <translation>Fuqaro</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template</source>
        <translation>Yuz shabloni</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine</source>
        <translation>Dori</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Stock delivery</source>
        <translation>Yetkazib berish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Prescription</source>
        <translation>Retsept</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School</source>
        <translation>Maktab</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Class</source>
        <translation>Sinf</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Meal session</source>
        <translation>Ovqatlanish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Student</source>
        <translation>O‘quvchi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Decision on an application</source>
        <translation>Ariza bo‘yicha qaror</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Entitlement to a technical aid</source>
        <translation>Texnik vositaga huquq</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Conflict</source>
        <translation>Ziddiyat</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of a dispense or meal</source>
        <translation type="vanished">Dori yoki ovqat berishni bekor qilish</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Not sent or not applied</source>
        <translation>Yuborilmagan yoki qo‘llanmagan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Nothing here is lost: every act stays on this terminal. Quote the act's number to the registry's help desk; news the terminal could not apply is replaced when the registry sends it again.</source>
        <translation>Bu yerda hech narsa yo‘qolmaydi: har bir yozuv shu terminalda qoladi. Yozuv raqamini reyestr yordam xizmatiga ayting; terminal qo‘llay olmagan ma’lumotlar reyestr ularni qayta yuborganda almashtiriladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Acts the registry did not take</source>
        <translation>Reyestr qabul qilmagan yozuvlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None: every act was taken or is waiting in the queue.</source>
        <translation>Yo‘q: har bir yozuv qabul qilingan yoki navbatda kutmoqda.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>News from the registry not applied</source>
        <translation>Qo‘llanmagan reyestr ma’lumotlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None.</source>
        <translation>Yo‘q.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine packs handed out twice</source>
        <translation>Ikki marta berilgan dori qadoqlari</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>The registry found these packs handed out before, here or at another terminal: check the packs and the patients' receipts, and tell the registry's help desk the act's number.</source>
        <translation>Reyestr bu qadoqlar avval shu yerda yoki boshqa terminalda berilganini aniqladi: qadoqlarni va bemorlarning cheklarini tekshiring, yozuv raqamini reyestr yordam xizmatiga ayting.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Number</source>
        <translation>Raqam</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Why</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Received</source>
        <translation>Olingan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Details for the help desk</source>
        <translation>Yordam xizmati uchun tafsilotlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Found</source>
        <translation>Aniqlangan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Handed out</source>
        <translation>Qayerda berilgan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Packs</source>
        <translation>Qadoqlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at this terminal</source>
        <translation>shu terminalda</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at another terminal</source>
        <translation>boshqa terminalda</translation>
    </message>
</context>
<context>
    <name>TodaysActsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Today's acts</source>
        <translation>Bugungi yozuvlar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Hand-outs, meals and aids recorded here today, newest first. Choose a mistaken one to reverse it.</source>
        <translation>Bugun shu yerda yozilgan dori va ovqat berishlar hamda vosita topshirishlar, avval yangilari. Xatosini bekor qilish uchun uni tanlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Nothing recorded here today.</source>
        <translation>Bugun shu yerda hech narsa yozilmagan.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reverse the chosen act…</source>
        <translation>Tanlangan yozuvni bekor qilish…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Time</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Who</source>
        <translation>Kimga</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>By</source>
        <translation>Kim yozdi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Serial number: {serial}</source>
        <translation>Seriya raqami: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>{time}, {what}: {who}, {details}</source>
        <translation>{time}, {what}: {who}, {details}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Bekor qilindi. Miqdorlar retseptga va omborga qaytarildi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Bekor qilindi. Vosita hisobga olinmaydi; uni shu huquq bo‘yicha qayta topshirish mumkin.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The meal no longer counts; the student may be served again.</source>
        <translation>Bekor qilindi. Ovqat hisobga olinmaydi; o‘quvchiga qayta ovqat berish mumkin.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Sign out</source>
        <translation>Chiqish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>High contrast</source>
        <translation>Yuqori kontrast</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text</source>
        <translation>Yirik matn</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text: on with Ctrl+Plus, off with Ctrl+Minus</source>
        <translation>Yirik matn: yoqish — Ctrl+Plus, o‘chirish — Ctrl+Minus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Help (F1)</source>
        <translation>Yordam (F1)</translation>
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
        <translation>Tarmoq bo‘lmasa, aktlarni fleshkada reyestrga olib boring va uning javobini qaytarib keling. Fayl muhrlangan: yo‘qolgan fleshka hech narsani oshkor qilmaydi. Reyestr javobi tarmoq orqali yoki fleshkada kelmaguncha aktlar navbatda qoladi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>&amp;Folder on the USB stick</source>
        <translation>&amp;Fleshkadagi papka</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Folder on the USB stick</source>
        <translation>Fleshkadagi papka</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Export to USB stick</source>
        <translation>Fleshkaga yozish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Import from USB stick</source>
        <translation>Fleshkadan yuklash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose the folder on the USB stick first.</source>
        <translation>Avval fleshkadagi papkani tanlang.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Writing the bundle…</source>
        <translation>Paket yozilmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Applying the registry's answer…</source>
        <translation>Reyestr javobi qo‘llanmoqda…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Written to the stick: {file} (acts: {acts}). Take it to the registry.</source>
        <translation>Fleshkaga yozildi: {file} (aktlar: {acts}). Uni reyestrga olib boring.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>The registry's answer is in. Acts answered: {acts}; changes applied: {changes}.</source>
        <translation>Reyestr javobi olindi. Javob olgan aktlar: {acts}; qo‘llangan o‘zgarishlar: {changes}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Stopped. What was applied stays; import again to go on from there.</source>
        <translation>To‘xtatildi. Qo‘llangani saqlanadi; shu joydan davom ettirish uchun qayta yuklang.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Spoken guidance</source>
        <translation>Ovozli ko‘rsatmalar</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>In the elderly mode (F7 on the Face-ID screen: large text and voice) this terminal says each Face-ID instruction aloud in the language of the window.</source>
        <translation>Keksalar rejimida (Face-ID ekranida F7: yirik matn va ovoz) bu terminal har bir Face-ID ko‘rsatmasini oyna tilida ovoz chiqarib aytadi.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Speak the Face-ID instructions on this terminal</source>
        <translation>Bu terminalda Face-ID ko‘rsatmalarini ovoz bilan aytish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>&amp;Loudness</source>
        <translation>&amp;Ovoz balandligi</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Try the voice</source>
        <translation>Ovozni tinglab ko‘rish</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Saved. The Face-ID screen speaks so from now on.</source>
        <translation>Saqlandi. Face-ID ekrani endi shunday gapiradi.</translation>
    </message>
</context>
</TS>
