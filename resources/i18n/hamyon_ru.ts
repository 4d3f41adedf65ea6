<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <location filename="../../biometrics/phrases.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).
An error message (biometrics.phrases.UserError).</extracomment>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {kind} is not valid: {reason}. Please check it against the document.</source>
        <extracomment>An error message (terminal.core.errors.InvalidIdNumber).</extracomment>
        <translation>{kind} указан неверно: {reason}. Сверьте его с документом.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{field}: '{value}' is not a valid date; use YYYY-MM-DD.</source>
        <extracomment>An error message (terminal.core.errors.InvalidDate).</extracomment>
        <translation>{field}: «{value}» — это не дата; введите её в виде 2025-12-31 (год-месяц-день).</translation>
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
        <translation>Идентификационный номер указан неверно ({name}): {reason}. Сверьте его с документом.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No citizen with this ID number is registered at this site.</source>
        <extracomment>An error message (terminal.core.errors.UnknownCitizen).</extracomment>
        <translation>Гражданин с таким идентификационным номером в этом учреждении не зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Your role ({role}) may not {action}. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.PermissionDenied).</extracomment>
        <translation>Ваша роль ({role}) не даёт права {action}. Обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This operator is not registered on this terminal or is disabled.</source>
        <extracomment>An error message (terminal.core.errors.UnknownOperator).</extracomment>
        <translation>Этот оператор не зарегистрирован на этом терминале или отключён.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen must be identified first: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.IdentificationRequired).</extracomment>
        <translation>Сначала нужно установить личность гражданина: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Prescription {number} cannot be dispensed: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.PrescriptionNotDispensable).</extracomment>
        <translation>По рецепту № {number} выдать нельзя: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The {aid} cannot be handed over: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.AidNotAvailable).</extracomment>
        <translation>Нельзя выдать «{aid}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {remaining} remain on the prescription.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsPrescription).</extracomment>
        <translation>{drug}: запрошено {requested}, а по рецепту осталось только {remaining}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{drug}: {requested} asked, but only {in_stock} are in stock.</source>
        <extracomment>An error message (terminal.core.errors.QuantityExceedsStock).</extracomment>
        <translation>{drug}: запрошено {requested}, а в наличии только {in_stock}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The citizen's consent to store their face is required before it can be enrolled.</source>
        <extracomment>An error message (terminal.core.errors.ConsentRequired).</extracomment>
        <translation>Чтобы сохранить лицо гражданина, нужно его согласие.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This face already matches another citizen's enrolled face. Ask a supervisor.</source>
        <extracomment>An error message (terminal.core.errors.FaceEnrolledForAnother).</extracomment>
        <translation>Это лицо уже совпадает с сохранённым лицом другого гражданина. Обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} is not eligible for free meals at this school.</source>
        <extracomment>An error message (terminal.core.errors.NotEligibleForMeals).</extracomment>
        <translation>{student}: нет права на бесплатное питание в этой школе.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>{student} has already had {session} today (served at {served_at}). Not recorded again.</source>
        <extracomment>An error message (terminal.core.errors.MealAlreadyServed).</extracomment>
        <translation>{student} сегодня уже получил(а) питание: «{session}» (в {served_at}). Повторно не записано.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This meal session does not exist at this school.</source>
        <extracomment>An error message (terminal.core.errors.UnknownMealSession).</extracomment>
        <translation>В этой школе нет такого приёма пищи.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This application was submitted on {submitted_at} and can no longer be changed.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationNotEditable).</extracomment>
        <translation>Это заявление подано {submitted_at}, его больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The application is not complete: {missing}.</source>
        <extracomment>An error message (terminal.core.errors.ApplicationIncomplete).</extracomment>
        <translation>Заявление заполнено не полностью, не хватает: {missing}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This family already has a submitted application for {benefit} (submitted on {submitted_on}).</source>
        <extracomment>An error message (terminal.core.errors.DuplicateApplication).</extracomment>
        <translation>У этой семьи уже есть поданное заявление: {benefit} (подано {submitted_on}).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>No such application on this terminal.</source>
        <extracomment>An error message (terminal.core.errors.UnknownApplication).</extracomment>
        <translation>На этом терминале нет такого заявления.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The terminal's data store failed: {reason}. Nothing was recorded.</source>
        <extracomment>An error message (terminal.core.errors.StoreError).</extracomment>
        <translation>Сбой хранилища данных терминала: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The disk is full: nothing was recorded. Free some space, then try again.</source>
        <extracomment>An error message (terminal.core.errors.StoreFull).</extracomment>
        <translation>Диск заполнен: ничего не записано. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data folder {path} cannot be written to: nothing was recorded. Ask IT to check the disk.</source>
        <extracomment>An error message (terminal.core.errors.StoreReadOnly).</extracomment>
        <translation>В папку данных {path} нельзя записать: ничего не записано. Попросите IT-специалиста проверить диск.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store is busy with another task: nothing was recorded. Try again in a moment.</source>
        <extracomment>An error message (terminal.core.errors.StoreBusy).</extracomment>
        <translation>Хранилище данных занято другой задачей: ничего не записано. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged or is not a Hamyon store: {reason}.</source>
        <extracomment>An error message (terminal.core.errors.StoreCorrupt).</extracomment>
        <translation>Хранилище данных ({path}) повреждено или не принадлежит Hamyon: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is damaged: {reason}. Nothing more can be recorded on this terminal; ask IT to run 'hamyon store recover' (every act that can still be read is kept).</source>
        <extracomment>An error message (terminal.core.errors.StoreDamaged).</extracomment>
        <translation>Хранилище данных ({path}) повреждено: {reason}. На этом терминале больше ничего нельзя записать; попросите IT-службу выполнить 'hamyon store recover' (все записи, которые ещё можно прочитать, сохранятся).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} is sound: there is nothing to recover.</source>
        <extracomment>An error message (terminal.core.errors.StoreSound).</extracomment>
        <translation>Хранилище данных ({path}) исправно: восстанавливать нечего.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data on this terminal cannot be opened: its key is missing or wrong. Ask IT; nothing has been changed.</source>
        <extracomment>An error message (terminal.core.errors.StoreKeyError).</extracomment>
        <translation>Данные этого терминала не открываются: ключ отсутствует или неверен. Обратитесь в IT-службу; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>Хранилище данных ({path}) записано более новой версией Hamyon: обновите этот терминал.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.</source>
        <extracomment>An error message (terminal.core.errors.ClockNotTrusted).</extracomment>
        <translation>Часам этого терминала нельзя доверять: {reason}. Ничего не удалено. Поставьте часы правильно или синхронизируйтесь с реестром, затем повторите.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>Терминал ещё не настроен: сначала выполните 'hamyon setup' или 'hamyon demo'.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. Try again after {time}, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLocked).</extracomment>
        <translation>Слишком много неверных PIN-кодов. Повторите после {time} или обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/lockout.py"/>
        <source>Too many wrong PINs. This operator is locked until a supervisor sets a new PIN.</source>
        <extracomment>An error message (terminal.core.lockout.OperatorLockedUntilNewPin).</extracomment>
        <translation>Слишком много неверных PIN-кодов. Оператор заблокирован, пока руководитель не задаст новый PIN-код.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>{session} is served from {starts} to {ends}; it is {time} now. A meal outside these hours needs a supervisor's word.</source>
        <extracomment>An error message (terminal.core.meals.MealOutsideHours).</extracomment>
        <translation>«{session}»: время выдачи {starts}–{ends}, сейчас {time}. В другое время — только по подтверждению руководителя.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>{name} is locked until a new PIN is set: set a new PIN for them instead.</source>
        <extracomment>An error message (terminal.core.operators.LockNeedsNewPin).</extracomment>
        <translation>{name}: заблокирован(а) до смены PIN-кода. Вместо этого задайте новый PIN-код.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The supervisor's word is not taken: {reason}.</source>
        <extracomment>An error message (terminal.core.operators.WordRefused).</extracomment>
        <translation>Подтверждение руководителя не принято: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>Неверное имя или PIN-код. Попробуйте ещё раз или обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>This is not a medicine pack's code ({reason}). Scan the square code on the pack again.</source>
        <extracomment>An error message (terminal.core.packs.PackUnreadable).</extracomment>
        <translation>Это не код упаковки лекарства ({reason}). Отсканируйте квадратный код на упаковке ещё раз.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack {serial} cannot be handed out: {reason}.</source>
        <extracomment>An error message (terminal.core.packs.PackRefused).</extracomment>
        <translation>Упаковку {serial} нельзя выдать: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>The pack scanned is {scanned}, not a medicine being handed out ({expected}).</source>
        <extracomment>An error message (terminal.core.packs.PackWrongMedicine).</extracomment>
        <translation>Отсканирована упаковка {scanned}, а не выдаваемое лекарство ({expected}).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>{drug}: scan every pack handed out (none scanned yet).</source>
        <extracomment>An error message (terminal.core.packs.PacksMissing).</extracomment>
        <translation>{drug}: отсканируйте каждую выдаваемую упаковку (пока ни одной).</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>Не найден шрифт для печати (DejaVu Sans): установите пакет fonts-dejavu-core.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>Only a dispense, a meal or an aid's hand-over recorded at this terminal can be reversed.</source>
        <extracomment>An error message (terminal.core.reversals.NotReversible).</extracomment>
        <translation>Отменить можно только выдачу лекарств, питания или технического средства, записанную на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <source>This was reversed already, on {at} by {supervisor}: {reason}.</source>
        <extracomment>An error message (terminal.core.reversals.AlreadyReversed).</extracomment>
        <translation>Это уже отменено ({at}, {supervisor}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>'hamyon simulate' makes up activity: it runs only on a demo site or on a terminal connected to a registry on this computer, not at {registry}.</source>
        <extracomment>An error message (terminal.core.simulate.SimulationRefused).</extracomment>
        <translation>'hamyon simulate' создаёт вымышленные операции: он работает только на демо-площадке или на терминале, подключённом к реестру на этом компьютере, но не у {registry}.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulation.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulation.NothingToSimulate).</extracomment>
        <translation>Нечего моделировать для «{what}»: в этом учреждении нет для этого операторов, школ или лекарств.</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>This terminal has not learned the registry's key for USB bundles yet: connect it to the registry once ('hamyon sync') before it can write a bundle.</source>
        <extracomment>An error message (terminal.sync_client.bundle.RegistryKeyUnknown).</extracomment>
        <translation>Терминал ещё не получил ключ реестра для пакетов на флешке: один раз подключите его к реестру ('hamyon sync'), и тогда он сможет записать пакет.</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>There is no bundle from the registry for this terminal ({device}) in {where}.</source>
        <extracomment>An error message (terminal.sync_client.bundle.NoBundleHere).</extracomment>
        <translation>В {where} нет пакета от реестра для этого терминала ({device}).</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The Face-ID engine failed.</source>
        <extracomment>An error message (biometrics.errors.BiometricsError).</extracomment>
        <translation>Сбой модуля Face-ID.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face models are not installed ({detail}). Reinstall Hamyon Terminal.</source>
        <extracomment>An error message (biometrics.errors.ModelsMissing).</extracomment>
        <translation>Модели распознавания лиц не установлены ({detail}). Переустановите Hamyon Terminal.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} cannot be used as a picture: {reason}.</source>
        <extracomment>An error message (biometrics.errors.BadImage).</extracomment>
        <translation>Снимок нельзя использовать ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{name} is too large ({size}); the limit is {limit}. Use a smaller picture.</source>
        <extracomment>An error message (biometrics.errors.ImageTooLarge).</extracomment>
        <translation>Снимок слишком большой ({name}, {size}); предел — {limit}. Возьмите снимок поменьше.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>No face was found in {name}.</source>
        <extracomment>An error message (biometrics.errors.NoFace).</extracomment>
        <translation>Лицо не найдено ({name}).</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{count} faces of similar size are in {name}: the picture must show only one person.</source>
        <extracomment>An error message (biometrics.errors.SeveralFaces).</extracomment>
        <translation>На снимке ({name}) несколько лиц похожего размера ({count}): на снимке должен быть только один человек.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face in {name} is not good enough: {reason}.</source>
        <extracomment>An error message (biometrics.errors.LowQuality).</extracomment>
        <translation>Качество лица на снимке недостаточное ({name}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>A face template must be 128 finite numbers: {reason}.</source>
        <extracomment>An error message (biometrics.errors.InvalidTemplate).</extracomment>
        <translation>Шаблон лица должен состоять из 128 конечных чисел: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>The face could not be enrolled: {reason}.</source>
        <extracomment>An error message (biometrics.errors.EnrollmentIncomplete).</extracomment>
        <translation>Не удалось сохранить лицо: {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} failed: {reason}.</source>
        <extracomment>An error message (biometrics.errors.CameraError).</extracomment>
        <translation>Сбой источника видео ({source}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} was not found: {hint}.</source>
        <extracomment>An error message (biometrics.errors.CameraNotFound).</extracomment>
        <translation>Источник видео не найден ({source}): {hint}.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} is in use by another program: close that program, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraBusy).</extracomment>
        <translation>Источник видео ({source}) занят другой программой: закройте её и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../biometrics/errors.py"/>
        <source>{source} stopped sending pictures: check its cable or file, then try again.</source>
        <extracomment>An error message (biometrics.errors.CameraLost).</extracomment>
        <translation>Источник видео ({source}) перестал передавать изображение: проверьте кабель или файл и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation failed.</source>
        <extracomment>An error message (sync.errors.SyncError).</extracomment>
        <translation>Синхронизация не удалась.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.</source>
        <extracomment>An error message (sync.errors.RegistryUnreachable).</extracomment>
        <translation>Нет связи с реестром ({url}): {reason}. Терминал продолжает работать без сети.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry answered with an error ({status}: {reason}). It will be tried again.</source>
        <extracomment>An error message (sync.errors.RegistryFailed).</extracomment>
        <translation>Реестр ответил ошибкой ({status}: {reason}). Попытка будет повторена.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused the request: {reason}</source>
        <extracomment>An error message (sync.errors.RegistryRefused).</extracomment>
        <translation>Реестр отклонил запрос: {reason}</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry's certificate is not the one this terminal trusts (its fingerprint is {seen}): nothing was sent. Someone may be impersonating the registry; ask a supervisor.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateMismatch).</extracomment>
        <translation>Сертификат реестра не тот, которому доверяет этот терминал (его отпечаток: {seen}): ничего не отправлено. Возможно, кто-то выдаёт себя за реестр; обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry's certificate cannot be verified ({reason}): nothing was sent. Check the registry's address and this terminal's CA bundle.</source>
        <extracomment>An error message (sync.errors.RegistryCertificateUntrusted).</extracomment>
        <translation>Не удалось проверить сертификат реестра ({reason}): ничего не отправлено. Проверьте адрес реестра и набор сертификатов CA этого терминала.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is not connected to a registry: run 'hamyon setup --registry URL --code CODE'.</source>
        <extracomment>An error message (sync.errors.NotEnrolled).</extracomment>
        <translation>Терминал не подключён к реестру: выполните 'hamyon setup --registry URL --code CODE'.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This terminal is already connected to {registry} as device {device}; use an empty --home.</source>
        <extracomment>An error message (sync.errors.AlreadyEnrolled).</extracomment>
        <translation>Терминал уже подключён к реестру {registry} как устройство {device}; укажите пустую папку --home.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This home already holds a site that is not from a registry ({facility}); use an empty --home.</source>
        <extracomment>An error message (sync.errors.HomeNotEmpty).</extracomment>
        <translation>В этой папке уже есть учреждение не из реестра ({facility}); укажите пустую папку --home.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device key {path} is missing or unreadable: the terminal must be set up again.</source>
        <extracomment>An error message (sync.errors.KeyMissing).</extracomment>
        <translation>Ключ устройства ({path}) отсутствует или не читается: терминал нужно настроить заново.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{count} acts wait for earlier ones the registry refused ({reason}); ask a supervisor.</source>
        <extracomment>An error message (sync.errors.PushStalled).</extracomment>
        <translation>Записей в очереди: {count}; они ждут более ранние, которые реестр отклонил ({reason}). Обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>Synchronisation was cancelled; it resumes where it stopped.</source>
        <extracomment>An error message (sync.errors.SyncCancelled).</extracomment>
        <translation>Синхронизация отменена; она продолжится с того места, где остановилась.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request is malformed: {reason}.</source>
        <extracomment>An error message (sync.errors.BadRequest).</extracomment>
        <translation>Запрос составлен неверно: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device is not enrolled at the registry.</source>
        <extracomment>An error message (sync.errors.UnknownDevice).</extracomment>
        <translation>Это устройство не зарегистрировано в реестре.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request's signature does not match the device's key.</source>
        <extracomment>An error message (sync.errors.BadSignature).</extracomment>
        <translation>Подпись запроса не совпадает с ключом устройства.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The device clock is off by more than {limit} seconds from the registry's ({server_time}).</source>
        <extracomment>An error message (sync.errors.ClockSkew).</extracomment>
        <translation>Часы устройства расходятся с часами реестра ({server_time}) более чем на {limit} с.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This request was already received once (a replay); it is ignored.</source>
        <extracomment>An error message (sync.errors.ReplayedRequest).</extracomment>
        <translation>Этот запрос уже был получен (повтор); он пропущен.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This device was revoked at the registry; a supervisor must set the terminal up again.</source>
        <extracomment>An error message (sync.errors.DeviceRevoked).</extracomment>
        <translation>Это устройство отозвано в реестре; руководитель должен заново настроить терминал.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The enrollment code is unknown, used already or expired: ask the registry for a new one.</source>
        <extracomment>An error message (sync.errors.EnrollmentCodeInvalid).</extracomment>
        <translation>Код подключения неизвестен, уже использован или просрочен: запросите новый в реестре.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The batch holds {count} acts; the registry takes at most {limit} at once.</source>
        <extracomment>An error message (sync.errors.BatchTooLarge).</extracomment>
        <translation>В пакете записей: {count}; реестр принимает не более {limit} за раз.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is larger than the registry takes ({limit} bytes).</source>
        <extracomment>An error message (sync.errors.BodyTooLarge).</extracomment>
        <translation>Тело запроса больше, чем принимает реестр ({limit} байт).</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>{url} is not an https:// address: citizens' data must not cross the network unencrypted. Ask the registry team for its https:// address.</source>
        <extracomment>An error message (sync.errors.PlainHttpRefused).</extracomment>
        <translation>{url} — не адрес https://: данные граждан нельзя передавать по сети без шифрования. Узнайте у команды реестра его адрес https://.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>This registry answers only over HTTPS; use an https:// address.</source>
        <extracomment>An error message (sync.errors.HttpsRequired).</extracomment>
        <translation>Этот реестр отвечает только по HTTPS; укажите адрес https://.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.</source>
        <extracomment>An error message (sync.errors.AuditChainBroken).</extracomment>
        <translation>Реестр отклонил запись журнала аудита {seq}: она {reason}. Попросите руководителя проверить журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's audit trail up to entry {head}; entry {seq} cannot follow it.</source>
        <extracomment>An error message (sync.errors.AuditGap).</extracomment>
        <translation>В реестре журнал аудита этого терминала есть до записи {head}; запись {seq} не может идти за ней.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry holds this terminal's acts up to act {head}: it cannot take acts {first} to {last} as lost.</source>
        <extracomment>An error message (sync.errors.GapMismatch).</extracomment>
        <translation>В реестре записи этого терминала есть до записи {head}: он не может принять записи с {first} по {last} как утерянные.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The request body is encoded as {encoding}; send identity or gzip.</source>
        <extracomment>An error message (sync.errors.UnsupportedEncoding).</extracomment>
        <translation>Тело запроса закодировано как {encoding}; отправляйте identity или gzip.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry speaks protocol versions {supported}; this terminal sent {sent}. Update it.</source>
        <extracomment>An error message (sync.errors.ProtocolUnsupported).</extracomment>
        <translation>Реестр поддерживает версии протокола {supported}; терминал отправил {sent}. Обновите терминал.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry is busy or its database is unavailable; try again shortly.</source>
        <extracomment>An error message (sync.errors.RegistryBusy).</extracomment>
        <translation>Реестр занят или его база данных недоступна; попробуйте чуть позже.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry database {url} cannot be used: {reason}.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseError).</extracomment>
        <translation>Базу данных реестра ({url}) нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>There is no registry database at {path}: check the --db address.</source>
        <extracomment>An error message (sync.errors.RegistryDatabaseMissing).</extracomment>
        <translation>По пути {path} нет базы данных реестра: проверьте адрес --db.</translation>
    </message>
    <message>
        <location filename="../../sync/errors.py"/>
        <source>The registry has no facility {facility}: seed or import it first.</source>
        <extracomment>An error message (sync.errors.UnknownFacility).</extracomment>
        <translation>В реестре нет учреждения {facility}: сначала создайте или импортируйте его.</translation>
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
        <translation>Этот файл не является целым пакетом Hamyon ({reason}): он отклонён, ничего из него не использовано. Запишите пакет заново.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle was changed after it was written (its signature does not match): it is refused whole and nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleChanged).</extracomment>
        <translation>Пакет был изменён после записи (подпись не совпадает): он отклонён целиком, ничего из него не использовано.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotForUs).</extracomment>
        <translation>Пакет нельзя открыть здесь: он запечатан для: {whom}. Ничего из него не использовано.</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>The bundle could not be written to {folder} (the stick is full, read-only or was taken out): nothing was left there. Try another stick or folder.</source>
        <extracomment>An error message (sync.protocol.bundle.BundleNotWritten).</extracomment>
        <translation>Пакет не удалось записать в {folder} (флешка заполнена, защищена от записи или извлечена): там ничего не осталось. Попробуйте другую флешку или папку.</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>The request is not signed: the device, time, nonce and signature headers are required (a nonce of at most {limit} characters).</source>
        <extracomment>An error message (sync.server.auth.UnsignedRequest).</extracomment>
        <translation>Запрос не подписан: нужны заголовки устройства, времени, nonce и подписи (nonce — не более {limit} символов).</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please blink slowly.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Пожалуйста, медленно моргните.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your left.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Пожалуйста, медленно поверните голову влево.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>Please turn your head slowly to your right.</source>
        <extracomment>What the person at the camera is asked to do to prove they are there.</extracomment>
        <translation>Пожалуйста, медленно поверните голову вправо.</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>waiting for the person</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>ожидание человека</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>человек сделал то, что просили</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>в кадре появилось другое лицо: начните заново</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>моргание не замечено вовремя: фото или экран не могут моргать</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; it fills {reason} on the screen.</extracomment>
        <translation>голова не повернулась вовремя: фото или экран не могут поворачиваться</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it comes after an act the registry refused</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>она идёт после записи, которую реестр отклонил</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>an earlier act has not reached the registry yet</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>более ранняя запись ещё не дошла до реестра</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its number was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>её номер уже занят другой записью</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its signature does not match this terminal's key</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>её подпись не совпадает с ключом этого терминала</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it was changed after it was recorded</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>её изменили после того, как она была записана</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its place in the sequence was already used by another act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>её место в последовательности уже занято другой записью</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it does not follow on from the act before it</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>она не продолжает предыдущую запись</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry does not know this kind of act</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>реестр не знает такого вида записей</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its contents are not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>её содержимое неверно</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it belongs to another facility</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>она относится к другому учреждению</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>its time is not valid</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>её время указано неверно</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it dispenses from another citizen's prescription</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>она выдаёт лекарства по рецепту другого гражданина</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the student or the meal session is not of its school</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>ученик или приём пищи не из этой школы</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated before this terminal was set up: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>её дата раньше, чем был настроен этот терминал: проверьте часы терминала</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it is dated more than a day ahead of the registry: check the terminal's clock</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>её дата опережает время реестра больше чем на сутки: проверьте часы терминала</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no act of this terminal that may be reversed</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>она не отменяет ни одной записи этого терминала, которую можно отменить</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the act it reverses was reversed already</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation>запись, которую она отменяет, уже отменена</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>server error</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry is busy</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>реестр перегружен</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>the registry's database cannot be used</source>
        <extracomment>What went wrong at the registry; fills {reason} in “{status}: {reason}”.</extracomment>
        <translation>база данных реестра недоступна</translation>
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
        <translation>квитанция</translation>
    </message>
    <message>
        <location filename="../../terminal/core/act_receipts.py"/>
        <source>no dispense or hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>нет выдачи лекарств или средства с таким номером</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>период</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aid_documents.py"/>
        <source>the end comes before the start</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>конец раньше начала</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>mobility</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>передвижение</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>hearing</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>слух</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>vision</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>зрение</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>prosthesis</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>протезирование</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>care</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>уход</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>the entitlement was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>право отменено</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>it was already handed over</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оно уже выдано</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>aid</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>средство</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>this is not an entitlement of this person</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>это право не принадлежит этому человеку</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>no hand-over with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>нет выдачи средства с таким номером</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>serial number</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>серийный номер</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>type or scan the serial number on the aid's label</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>введите или отсканируйте серийный номер с этикетки средства</translation>
    </message>
    <message>
        <location filename="../../terminal/core/aids.py"/>
        <source>use only letters, digits and - / . (at most 64 characters)</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>используйте только буквы, цифры и - / . (не более 64 знаков)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>someone in this family already applied for this benefit in the last 12 months</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>кто-то из этой семьи уже подавал заявление на эту помощь за последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>application</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>заявление</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>it is not submitted yet</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>оно ещё не подано</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft: not submitted yet</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Черновик: ещё не подано</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Требует внимания: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Needs attention: the registry did not take it ({reason})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Требует внимания: реестр его не принял ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted on {date}, waiting to be sent to the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Подано {date}, ждёт отправки в реестр</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Получено реестром</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Received by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Получено реестром {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Approved by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Одобрено реестром {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Refused by the registry on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Отклонено реестром {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry asks for documents (since {date})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Реестр запрашивает документы (с {date})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Started by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Начато: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Draft last saved</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Submitted by {name}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Подано: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Sending tried {count} times; it is tried again while the terminal is online</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Попыток отправки: {count}; попытки повторяются, пока терминал в сети</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry did not take it: {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Реестр его не принял: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry found that {reason}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Реестр установил, что {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>The registry received a later application that conflicts with this one</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Реестр получил более позднее заявление, которое противоречит этому</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>{name}, born {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{name}, дата рождения {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like {people}; flagged for the registry</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Лицо проверено, есть сходство: {people}; отмечено для реестра</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it is the applicant's own enrolled face</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Лицо проверено: это сохранённое ранее лицо самого заявителя</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>Face checked: it looks like nobody else enrolled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>Лицо проверено: оно не похоже ни на одно другое сохранённое лицо</translation>
    </message>
    <message>
        <location filename="../../terminal/core/application_record.py"/>
        <source>the registry found a conflict with another act ({kind})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>реестр нашёл конфликт с другой записью ({kind})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>benefit type</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>вид помощи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed benefits</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>выберите один из видов помощи в списке</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>name</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>a family member</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>член семьи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>birth date</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it does not match the birth date in the ID number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>не совпадает с датой рождения в идентификационном номере</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>relation</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>родство</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed relations</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>выберите степень родства из списка</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>place of work</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>место работы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>unknown body</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>неизвестный орган</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the family member's name is empty</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>не указано ФИО члена семьи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>occupation</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>род занятий</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>family members</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>члены семьи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the same ID number is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>один и тот же идентификационный номер указан дважды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>only one person can be the applicant</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>заявителем может быть только один человек</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>доход</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it belongs to someone not in the family</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>он принадлежит человеку не из этой семьи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>income source</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>источник дохода</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed sources</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>выберите источник из списка</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>monthly income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ежемесячный доход</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>имущество</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>choose one of the listed kinds</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>выберите вид из списка</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset value</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>стоимость имущества</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>asset description</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>описание имущества</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>адрес</translation>
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
        <translation>заявитель</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the benefit type</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>вид помощи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the address</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the applicant's consent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>согласие заявителя</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>at most {limit} characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>не более {limit} символов</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>it contains control characters</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>содержит управляющие символы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>must be a whole amount, zero or more</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>сумма должна быть целой, ноль или больше</translation>
    </message>
    <message>
        <location filename="../../terminal/core/applications.py"/>
        <source>the amount is implausibly large</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>сумма неправдоподобно велика</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>child-care allowance (child under 2)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>пособие по уходу за ребёнком до 2 лет</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>allowance for families with children under 14</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>пособие семьям с детьми до 14 лет</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>material aid for low-income families</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>материальная помощь малообеспеченным семьям</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the defence bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} служит в органах обороны: семьи их сотрудников не могут получать эту помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the internal affairs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} служит в органах внутренних дел: семьи их сотрудников не могут получать эту помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the emergency situations bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} служит в органах по чрезвычайным ситуациям: семьи их сотрудников не могут получать эту помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the state security bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} служит в органах государственной безопасности: семьи их сотрудников не могут получать эту помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the national guard bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} служит в Национальной гвардии: семьи её военнослужащих не могут получать эту помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} serves in the customs bodies: their families may not receive these benefits</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>{name} служит в таможенных органах: семьи их сотрудников не могут получать эту помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is at or below the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Доход на человека — {per_capita} в месяц (людей в семье: {size}), это не выше порога {threshold}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Income per person {per_capita} a month ({size} in the family) is above the threshold of {threshold}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Доход на человека — {per_capita} в месяц (людей в семье: {size}), это выше порога {threshold}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>Declared assets worth {assets} exceed the limit of {limit}</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Заявленное имущество стоимостью {assets} превышает предел {limit}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{name} is {months} months old</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>{name}: возраст {months} мес.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>В семье нет ребёнка младше 2 лет</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>{count} children under 14 in the family</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>Детей до 14 лет в семье: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14</source>
        <extracomment>A reason of the preliminary assessment of an application, shown as a line under the verdict.</extracomment>
        <translation>В семье нет детей до 14 лет</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 2: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>В семье нет ребёнка младше 2 лет: самый младший — {name}, дата рождения {born}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/assessment.py"/>
        <source>No child in the family is under 14: the youngest, {name}, was born on {born}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>В семье нет детей до 14 лет: самый младший — {name}, дата рождения {born}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>no purge entry accounts for the removed entries</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>удалённые записи не объяснены ни одной записью об очистке</translation>
    </message>
    <message>
        <location filename="../../terminal/core/audit.py"/>
        <source>the purge anchors differ from what the last purge recorded</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>опорные точки очистки расходятся с записанными при последней очистке</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>entry {seq} is missing</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>запись № {seq} отсутствует</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>it does not follow the entry before it (removed or reordered)</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>она не следует за предыдущей записью (удалена или переставлена)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/chain.py"/>
        <source>its content was changed after it was written</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>её содержимое изменили после записи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dates.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>срок его действия истёк {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dates.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>он действует только с {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispense_packs.py"/>
        <source>it was handed out at this terminal on {day}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>она уже выдана на этом терминале {day}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>он отменён</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>nothing left on the prescription</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>по рецепту ничего не осталось</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>out of stock</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>нет в наличии</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>low stock: {count} left</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>запас заканчивается: осталось {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>лекарства</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>choose at least one medicine to hand out</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>выберите хотя бы одно лекарство для выдачи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>quantity</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>must be a whole number above zero</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>должно быть целым числом больше нуля</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the same prescription line is listed twice</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>одна и та же строка рецепта указана дважды</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>this is not a prescription of this patient</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>это не рецепт этого пациента</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong. The details are in the log file; please tell IT.</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Что-то пошло не так. Подробности записаны в журнал; сообщите IT-специалисту.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/exports.py"/>
        <source>Exported by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Выгрузил(а) {operator} {time} с терминала {device}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/exports.py"/>
        <source>Printed by {operator} at {time} from terminal {device}</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Напечатал(а) {operator} {time} с терминала {device}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>face templates</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>шаблоны лица</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>none were captured</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>ни одного не снято</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <location filename="../../terminal/core/operators.py"/>
        <location filename="../../terminal/core/reversals.py"/>
        <source>write the reason</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>напишите причину</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>enroll a look-alike face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>сохранять лицо, похожее на чужое</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>reason</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../terminal/core/faces.py"/>
        <source>a written reason is required</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>нужна письменная причина</translation>
    </message>
    <message>
        <location filename="../../terminal/core/identification.py"/>
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>неизвестный способ установления личности «{method}»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/identification.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>руководитель и причина указываются только при подтверждении вручную</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (PINFL)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Идентификационный номер (ПИНФЛ)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>ID number (IIN)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Идентификационный номер (ИИН)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must contain digits only</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>он должен состоять только из цифр</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>it must have {length} digits, not {count}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>нужно цифр: {length}, а введено: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the check digit does not match</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>контрольная цифра не совпадает</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the century and sex digit must be 1 to 6</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>цифра века и пола должна быть от 1 до 6</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is impossible</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>дата рождения в нём невозможна</translation>
    </message>
    <message>
        <location filename="../../terminal/core/idnumbers.py"/>
        <source>the birth date in it is in the future</source>
        <extracomment>Fills {reason} in “The {kind} is not valid: {reason}. Please check it against the document.”</extracomment>
        <translation>дата рождения в нём ещё не наступила</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>первый день</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the last day</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>последний день</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>the first day is after the last day</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>первый день позже последнего</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>school</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>школа</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meal_reports.py"/>
        <source>no such school at this site</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>в этом учреждении нет такой школы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Breakfast</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Завтрак</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Lunch</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Обед</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Afternoon snack</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Полдник</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>Dinner</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Ужин</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>confirm a meal outside its hours</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>подтверждать питание вне часов выдачи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>student</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>ученик</translation>
    </message>
    <message>
        <location filename="../../terminal/core/meals.py"/>
        <source>not a student of this school</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>не ученик этой школы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>a supervisor other than you must give it</source>
        <extracomment>Fills {reason} in “The supervisor's word is not taken: {reason}.”</extracomment>
        <translation>его должен дать другой руководитель, не вы</translation>
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
        <translation>не менее {count} символов</translation>
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
        <translation>нет такого оператора</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>для подтверждения вручную нужна письменная причина</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override must be signed by a supervisor other than you</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>подтверждение вручную должен подписать другой руководитель, не вы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>an override needs a supervisor's signature</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>для подтверждения нужна подпись руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>this override was signed for another citizen or operator</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>это подтверждение подписано для другого гражданина или оператора</translation>
    </message>
    <message>
        <location filename="../../terminal/core/overrides.py"/>
        <source>the override has expired or was already used; ask the supervisor again</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>срок подтверждения истёк или оно уже использовано; обратитесь к руководителю снова</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>nothing was scanned</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>ничего не отсканировано</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it is not a GS1 code</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>это не код GS1</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has no product code and serial number</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>в нём нет кода товара и серийного номера</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>the product code's check digit is wrong</source>
        <extracomment>Fills {reason} in “This is not a medicine pack's code ({reason}). Scan the square code on the pack again.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>неверна контрольная цифра кода товара</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it has expired</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>срок годности истёк</translation>
    </message>
    <message>
        <location filename="../../terminal/core/packs.py"/>
        <source>it was scanned already for this hand-out</source>
        <extracomment>Fills {reason} in “The pack {serial} cannot be handed out: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>она уже отсканирована для этой выдачи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>search</source>
        <extracomment>Fills {field} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>поиск</translation>
    </message>
    <message>
        <location filename="../../terminal/core/patients.py"/>
        <source>type at least two letters of the name</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>введите хотя бы две буквы имени</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>нет выдачи с таким номером</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a recorded act</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>отменять записи</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>nurse</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>медсестра</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>canteen staff</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>сотрудник столовой</translation>
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
        <translation>социальный работник</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>supervisor</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>выдавать лекарства</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>serve school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>выдавать школьное питание</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>export meal reports</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>выгружать отчёты о питании</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>регистрировать заявления</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/workflows.py"/>
        <source>hand over technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>выдавать технические средства реабилитации</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>подтверждать личность вручную</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>enroll a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>сохранять лицо гражданина</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>remove a citizen's face</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>удалять лицо гражданина</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>change settings</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>менять настройки</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>manage operators</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>управлять операторами</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <source>read the audit trail</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>читать журнал аудита</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Per-capita monthly income at or below which a family counts as low-income</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Доход на человека в месяц, при котором (и ниже) семья считается малообеспеченной</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Total declared asset value above which material aid is not recommended</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Общая стоимость заявленного имущества, выше которой материальная помощь не рекомендуется</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Minutes without use after which the terminal locks its screen</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Через сколько минут бездействия терминал блокирует экран</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which the face templates of a citizen not seen here are erased</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Через сколько дней стираются шаблоны лица гражданина, который сюда не приходил</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which acts the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Через сколько дней операции, которые уже есть в реестре, удаляются с этого терминала</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which audit entries the registry holds are removed from this terminal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Через сколько дней записи аудита, которые уже есть в реестре, удаляются с этого терминала</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Days after which application drafts not touched since are discarded</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Через сколько дней черновики заявлений, которые с тех пор не менялись, удаляются</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Every medicine pack is scanned at hand-out (the square code on it)</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Каждая упаковка лекарства сканируется при выдаче (квадратный код на ней)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The character the pack scanner types for a group separator</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Символ, который сканер упаковок вводит вместо разделителя групп</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>The Face-ID instructions are spoken aloud in the elderly mode</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Подсказки Face-ID произносятся вслух в режиме для пожилых</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>Loudness of the spoken guidance, in percent</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>Громкость голосовых подсказок, в процентах</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a whole number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>нужно целое число</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be a number</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>нужно число</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be yes or no</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>нужно «да» или «нет»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be text</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>нужен текст</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>it must be from {low} to {high}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>значение должно быть от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/settings.py"/>
        <source>there is no such setting</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>такой настройки нет</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <source>the disk failed to read or write ({detail})</source>
        <extracomment>Fills {reason} in “The terminal's data store failed: {reason}. Nothing was recorded.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>диск не смог прочитать или записать данные ({detail})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store.py"/>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>в нём таблицы другой программы</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>it is not a whole number of database pages</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>его размер не кратен странице базы данных</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_cipher.py"/>
        <source>its encrypted copy did not match; the original is kept</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>его зашифрованная копия не совпала; оригинал сохранён</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>the damage report beside it cannot be read</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>отчёт о повреждении рядом с ним не читается</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its first page (the header) fails its check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>его первая страница (заголовок) не проходит проверку</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>{count} of its {total} pages fail their check</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} из {total} его страниц не проходят проверку</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>its salt (the first bytes of the file) is damaged</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>повреждена его соль (первые байты файла)</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_health.py"/>
        <source>SQLite's check of the store failed</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>проверка хранилища средствами SQLite не пройдена</translation>
    </message>
    <message>
        <location filename="../../terminal/core/store_rekey.py"/>
        <source>it did not open with its new key; the old and the new key are both kept</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>оно не открылось новым ключом; старый и новый ключи сохранены</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days ahead of the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>они спешат относительно часов реестра на {days} дн.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days behind the registry's</source>
        <extracomment>Fills {reason} in “This terminal's clock cannot be trusted: {reason}. Nothing was removed. Set the clock right or sync with the registry, then try again.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>они отстают от часов реестра на {days} дн.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is behind the last time known here ({at})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>они показывают время раньше последнего известного здесь ({at})</translation>
    </message>
    <message>
        <location filename="../../terminal/core/trusted_time.py"/>
        <source>it is {days} days past the last time known here, and the registry has not confirmed it</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>они на {days} дн. впереди последнего известного здесь времени, и реестр этого не подтвердил</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>school meals</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>школьное питание</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>заявления</translation>
    </message>
    <message>
        <location filename="../../terminal/core/workflows.py"/>
        <source>technical aids</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>технические средства реабилитации</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>it cannot be read</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>его нельзя прочитать</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>another terminal</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>другой терминал</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its answers are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>ответы в нём не в форме протокола</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/bundle.py"/>
        <source>its news is not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>новости в нём не в форме протокола</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>записи, сделанные без сети</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a pinned certificate needs an https:// registry address</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>для закреплённого сертификата адрес реестра должен начинаться с https://</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>страница изменений без изменений или курсора</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>ответ не пришёл вовремя</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>нет соединения</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>ответ оборвался</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer the protocol does not allow</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>ответ, недопустимый по протоколу</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>этот терминал не зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>an answer too large to take</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>слишком большой ответ</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it answered with the HTTP status {status}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>он ответил с кодом HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../terminal/sync_client/link.py"/>
        <source>it said: {message}</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>его ответ: {message}</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>only {count} of {needed} good pictures were taken</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>хороших снимков сделано только {count} из {needed}</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>на снимках не один и тот же человек: начните заново</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the gallery folder {folder} does not exist</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>папки галереи {folder} нет</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>it holds no sub-folder per person</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>в ней нет отдельной папки для каждого человека</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>no usable face in the gallery folder {folder} ({why})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>в папке галереи {folder} нет пригодных лиц ({why})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>over {count} pixels</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>более {count} пикс.</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>{count} pixels</source>
        <extracomment>Fills {limit} in “{name} is too large ({size}); the limit is {limit}. Use a smaller picture.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{count} пикс.</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is not a picture in a known format</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>это не изображение известного формата</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is damaged or incomplete</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>файл повреждён или неполон</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <location filename="../../biometrics/sources.py"/>
        <source>the file does not exist</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”
Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>файла нет</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it is a folder, not a file</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file cannot be opened ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>файл не открывается ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>файл пуст</translation>
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
        <translation>{width} × {height} пикс.</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>it has no pixels</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>в нём нет пикселей</translation>
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
        <translation>это не 8-битное изображение</translation>
    </message>
    <message>
        <location filename="../../biometrics/images.py"/>
        <source>its shape {shape} is not height x width x 3</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>его форма {shape}, а нужна «высота × ширина × 3»</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>пакет face_recognition_models не установлен</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the file {file} is missing</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>нет файла {file}</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>a model file cannot be read: {error}</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>файл модели не читается: {error}</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>библиотека dlib не установлена</translation>
    </message>
    <message>
        <location filename="../../biometrics/pipeline.py"/>
        <source>the face could not be measured</source>
        <extracomment>Fills {reason} in “The face in {name} is not good enough: {reason}.”</extracomment>
        <translation>лицо не удалось измерить</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too far from the camera: come closer</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>слишком далеко от камеры: подойдите ближе</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too dark: add light in front of the face</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>слишком темно: добавьте света перед лицом</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>too bright: move out of direct light</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>слишком ярко: отойдите от прямого света</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>blurred: hold still and look at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>нечётко: не двигайтесь и смотрите в камеру</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>turned away: look straight at the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>лицо повёрнуто: смотрите прямо в камеру</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>eyes closed: keep the eyes open</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>глаза закрыты: держите глаза открытыми</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>several faces: only the person to identify may face the camera</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>несколько лиц: перед камерой должен быть только тот, кого проверяют</translation>
    </message>
    <message>
        <location filename="../../biometrics/quality.py"/>
        <source>the face is partly out of view: move to the centre</source>
        <extracomment>Face-ID guidance for the person at the camera (too far, too dark...).</extracomment>
        <translation>лицо частично вне кадра: встаньте по центру</translation>
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
        <translation>камера с таким номером не подключена</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>this user may not use it (ask IT to allow video)</source>
        <extracomment>Fills {reason} in “{source} failed: {reason}.”</extracomment>
        <translation>у этого пользователя нет доступа (попросите IT-специалиста разрешить видео)</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the video {file}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>видео {file}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>этот терминал не может воспроизвести это видео</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder {folder}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>папка {folder}</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <location filename="../../biometrics/stream.py"/>
        <source>it failed unexpectedly ({error})</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>неожиданный сбой ({error})</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>это не список чисел</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it has the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>у него форма {shape}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>в нём есть значение, которое не является конечным числом</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they are not lists of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>это не списки чисел</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>they have the shape {shape}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>у них форма {shape}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>в одном из них есть значение, которое не является конечным числом</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is {size} bytes, not {expected}</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>его размер {size} байт вместо {expected}</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>{size} bytes is not a whole number of templates</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”
Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>{size} байт — это не целое число шаблонов</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>reason code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>код причины {code}</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>error code {code}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>код ошибки {code}</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it does not start as a bundle does</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>он начинается не так, как пакет</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>it is cut short</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>он обрезан</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its header is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>его заголовок нечитаем</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>an unknown bundle format</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>неизвестный формат пакета</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is unreadable</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>его запечатанная часть нечитаема</translation>
    </message>
    <message>
        <location filename="../../sync/protocol/bundle.py"/>
        <source>its sealed part is too large or incomplete</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>его запечатанная часть слишком велика или неполна</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the client went away</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>клиент разорвал соединение</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>тело gzip повреждено</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>тело gzip обрезано</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>differs from the entry the registry holds</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>отличается от записи в реестре</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not follow the entry before it</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>не продолжает предыдущую запись</translation>
    </message>
    <message>
        <location filename="../../sync/server/audit.py"/>
        <source>does not match its hash</source>
        <extracomment>Fills {reason} in “The registry refused audit entry {seq}: it {reason}. Ask a supervisor to check the audit trail.”</extracomment>
        <translation>не совпадает со своим хешем</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>заголовок времени — не время ISO 8601 со смещением</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>a terminal (it is a bundle from the registry)</source>
        <extracomment>Fills {whom} in “The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used.”</extracomment>
        <translation>терминала (это пакет от реестра)</translation>
    </message>
    <message>
        <location filename="../../sync/server/bundles.py"/>
        <source>its acts are not in the protocol's form</source>
        <extracomment>Fills {reason} in “This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used. Write the bundle again.”</extracomment>
        <translation>акты в нём не в форме протокола</translation>
    </message>
    <message>
        <location filename="../../sync/server/db.py"/>
        <source>use sqlite:///PATH or postgresql://...</source>
        <extracomment>Fills {reason} in “The registry database {url} cannot be used: {reason}.”</extracomment>
        <translation>используйте sqlite:///PATH или postgresql://...</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>the public key is not a base64 Ed25519 key</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>открытый ключ — не ключ Ed25519 в base64</translation>
    </message>
    <message>
        <location filename="../../sync/server/enroll.py"/>
        <source>this public key is enrolled already; generate a new one</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>этот открытый ключ уже зарегистрирован; создайте новый</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>template</source>
        <extracomment>Fills {source} in “{source}: {reason}.”</extracomment>
        <translation>шаблон</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>the encoding is not 128 float32 values</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>кодировка — не 128 значений float32</translation>
    </message>
    <message>
        <location filename="../../sync/server/importer.py"/>
        <source>only .csv and .json files can be imported</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>импортировать можно только файлы .csv и .json</translation>
    </message>
    <message>
        <location filename="../../sync/server/records.py"/>
        <source>it belongs to a citizen the registry does not hold</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>он относится к гражданину, которого нет в реестре</translation>
    </message>
    <message>
        <location filename="../../sync/server/seed.py"/>
        <source>it is in the registry already</source>
        <extracomment>Fills {reason} in “{source}: {reason}.”</extracomment>
        <translation>он уже есть в реестре</translation>
    </message>
    <message>
        <location filename="../../sync/phrases.py"/>
        <source>it reverses no dispense or meal of this terminal</source>
        <extracomment>Why the registry did not take an act; fills {reason} of a core message.</extracomment>
        <translation type="vanished">она не отменяет ни одной выдачи лекарств или питания этого терминала</translation>
    </message>
    <message>
        <location filename="../../terminal/core/reversals.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>reverse a dispense or a meal</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation type="vanished">отменять выдачу лекарств или питания</translation>
    </message>
</context>
<context>
    <name>AidReceiptPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over: the receipt</source>
        <translation>Выдано: чек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Next person (Enter)</source>
        <translation>Следующий получатель (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Чек {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Person: {name}, ID number {number}</source>
        <translation>Получатель: {name}, идентификационный номер {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Личность установлена: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Serial number: {serial}</source>
        <translation>Серийный номер: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Decision: {number}</source>
        <translation>Решение: {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Оплачено государством: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Paid by the person: {money}</source>
        <translation>Оплачено получателем: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>Handed over by: {name}</source>
        <translation>Выдал(а): {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_receipt.py"/>
        <source>supervisor override</source>
        <translation>подтверждение руководителя</translation>
    </message>
</context>
<context>
    <name>AidsDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Today's hand-overs</source>
        <translation>Выдачи за сегодня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Hand-overs: {count} · Cost to the state: {money}</source>
        <translation>Выдач: {count} · Оплачивает государство: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Handed over twice: tell the supervisor</source>
        <translation>Выдано дважды: сообщите руководителю</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Reversed</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Aid</source>
        <translation>Средство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Cost to the state</source>
        <translation>Оплачивает государство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>The registry found an aid handed over here and at another office as well. Tell the supervisor.</source>
        <translation>Реестр обнаружил, что средство выдано и здесь, и в другой организации. Сообщите руководителю.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids_day_panel.py"/>
        <source>Nothing handed over here today yet.</source>
        <translation>Сегодня здесь ещё ничего не выдано.</translation>
    </message>
</context>
<context>
    <name>AidsFaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Who is the person?</source>
        <translation>Кто получатель?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Today's hand-overs (F6)</source>
        <translation>Выдачи за сегодня (F6)</translation>
    </message>
</context>
<context>
    <name>AidsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/aids.py"/>
        <source>Technical aids</source>
        <translation>Технические средства</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type an amount in {currency} in digits, for example 1500000 or 1500000.50.</source>
        <translation>Введите сумму цифрами ({currency}), например 1500000 или 1500000.50.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the amount.</source>
        <translation>Введите сумму.</translation>
    </message>
</context>
<context>
    <name>ApplicantStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The person who applies, as written in their identity document.</source>
        <translation>Человек, который подаёт заявление, — как записано в его удостоверении личности.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Occupation (optional)</source>
        <translation>Род занятий (необязательно)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in one of these bodies</source>
        <translation>Служит в одном из этих органов</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Address of the family</source>
        <translation>Адрес семьи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Phone (optional)</source>
        <translation>Телефон (необязательно)</translation>
    </message>
</context>
<context>
    <name>ApplicationRecordPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>History of the application</source>
        <translation>История заявления</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Print the slip for the family (Ctrl+P)</source>
        <translation>Напечатать талон для семьи (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Paper for printing</source>
        <translation>Бумага для печати</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>A4 sheet</source>
        <translation>Лист A4</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>80 mm roll</source>
        <translation>Рулон 80 мм</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>58 mm roll</source>
        <translation>Рулон 58 мм</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Application {number}</source>
        <translation>Заявление {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Заявитель: {name}, идентификационный номер {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Benefit: {benefit}</source>
        <translation>Вид помощи: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Family members: {count}</source>
        <translation>Членов семьи: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Submitted on {time} by {name}</source>
        <translation>Подано {time}, принял(а): {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>⚠ The applicant's face looks like {people}: the application went to the registry flagged.</source>
        <translation>⚠ Лицо заявителя похоже на чужое ({people}): заявление ушло в реестр с отметкой.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{time} · {what}</source>
        <translation>{time} · {what}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family may not receive these benefits.</source>
        <translation>Предварительная оценка: эта семья не может получать такую помощь.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears to be eligible.</source>
        <translation>Предварительная оценка: похоже, семья имеет право на помощь.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Preliminary assessment: the family appears not to be eligible.</source>
        <translation>Предварительная оценка: похоже, у семьи нет права на помощь.</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Steps of the application</source>
        <translation>Шаги заявления</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Сохранить и закрыть</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Draft saved at {time}</source>
        <translation>Черновик сохранён: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Step {number} of {total}: {title}</source>
        <translation>Шаг {number} из {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>&amp;Next: {title}</source>
        <translation>&amp;Далее: {title}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The faces enrolled at this site are still loading: take the face template again.</source>
        <translation>Лица, сохранённые в этом учреждении, ещё загружаются: снимите шаблон лица заново.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>The draft of {name} is saved. Resume it from the list.</source>
        <translation>Черновик ({name}) сохранён. Продолжить его можно из списка.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>Some answers need attention: see the messages under the fields.</source>
        <translation>Некоторые ответы нужно поправить: смотрите сообщения под полями.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/wizard.py"/>
        <source>{benefit} cannot be chosen for this family. {reason}. Choose another benefit.</source>
        <translation>Для этой семьи нельзя выбрать «{benefit}». {reason}. Выберите другой вид помощи.</translation>
    </message>
</context>
<context>
    <name>ApplicationWords</name>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child-care allowance (a child under 2)</source>
        <translation>Пособие по уходу за ребёнком до 2 лет</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance for families with children under 14</source>
        <translation>Пособие семьям с детьми до 14 лет</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Material aid for low-income families</source>
        <translation>Материальная помощь малообеспеченным семьям</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Spouse</source>
        <translation>Супруг или супруга</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Parent</source>
        <translation>Отец или мать</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Brother or sister</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Grandchild</source>
        <translation>Внук или внучка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Salary</source>
        <translation>Зарплата</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Pension</source>
        <translation>Пенсия</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Allowance</source>
        <translation>Пособие</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Business</source>
        <translation>Предпринимательство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Farming</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other income</source>
        <translation>Другой доход</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Home</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Land</source>
        <translation>Земля</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Vehicle</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Livestock</source>
        <translation>Скот</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Bank deposit</source>
        <translation>Банковский вклад</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Other property</source>
        <translation>Другое имущество</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>None of these bodies</source>
        <translation>Ни в одном из этих органов</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Defence</source>
        <translation>Оборона</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Internal affairs</source>
        <translation>Внутренние дела</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Emergency situations</source>
        <translation>Чрезвычайные ситуации</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>State security</source>
        <translation>Государственная безопасность</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>National guard</source>
        <translation>Национальная гвардия</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Customs</source>
        <translation>Таможня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Waiting to be sent to the registry</source>
        <translation>Ждёт отправки в реестр</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Set aside: the registry did not take it; ask a supervisor</source>
        <translation>Отложено: реестр его не принял; обратитесь к руководителю</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>At the registry</source>
        <translation>В реестре</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>Not submitted</source>
        <translation>Не подано</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>male</source>
        <translation>мужчина</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/words.py"/>
        <source>female</source>
        <translation>женщина</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Applications for social support</source>
        <translation>Заявления на социальную помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Sent applications</source>
        <translation>Поданные заявления</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Print the slip for the family</source>
        <translation>Напечатать талон для семьи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Open the application</source>
        <translation>Открыть заявление</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Waiting for the registry</source>
        <translation>Ждут отправки в реестр</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Submitted applications waiting for the registry</source>
        <translation>Поданные заявления, которые ждут отправки в реестр</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>No drafts.</source>
        <translation>Черновиков нет.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Nothing waits: every submitted application has reached the registry.</source>
        <translation>Ничего не ждёт: все поданные заявления дошли до реестра.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Resume the draft</source>
        <translation>Продолжить черновик</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard the draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · saved {time}</source>
        <translation>{applicant} · {benefit} · сохранено {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>(no name yet)</source>
        <translation>(имя ещё не указано)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>benefit not chosen</source>
        <translation>вид помощи не выбран</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{number} · {applicant} · {benefit} · submitted {time} · {state}</source>
        <translation>{number} · {applicant} · {benefit} · подано {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{application} · flagged for the registry's attention</source>
        <translation>{application} · отмечено для внимания реестра</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard this draft? What was typed in it is deleted.</source>
        <translation>Удалить этот черновик? Всё, что в нём введено, будет стёрто.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The draft is discarded.</source>
        <translation>Черновик удалён.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. Its number is {number}: print the slip for the family. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation>Заявление ({name}) подано, изменить его больше нельзя. Его номер {number}: напечатайте талон для семьи. Оно ждёт в очереди и уйдёт в реестр, когда терминал будет в сети.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The applicant's face template is kept for Face-ID at this site.</source>
        <translation>Шаблон лица заявителя сохранён для Face-ID в этом учреждении.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template was used for the check only and is deleted.</source>
        <translation>Шаблон лица использован только для проверки и удалён.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The face template is deleted: it was not kept for Face-ID.</source>
        <translation>Шаблон лица удалён: для Face-ID он не сохранён.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>{applicant} · {benefit} · submitted {time} · {state}</source>
        <translation type="vanished">{applicant} · {benefit} · подано {time} · {state}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/applications.py"/>
        <source>The application of {name} is submitted and can no longer be changed. It waits in the queue and is sent to the registry when the terminal is online.</source>
        <translation type="vanished">Заявление ({name}) подано, изменить его больше нельзя. Оно ждёт в очереди и уйдёт в реестр, когда терминал будет в сети.</translation>
    </message>
</context>
<context>
    <name>AssetsStep</name>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Property</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>What the family owns: home, land, vehicles, livestock, deposits, with their value.</source>
        <translation>Что есть у семьи: жильё, земля, транспорт, скот, вклады — и их стоимость.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Description (optional)</source>
        <translation>Описание (необязательно)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Value ({currency})</source>
        <translation>Стоимость ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the property</source>
        <translation>Добавить имущество</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the property</source>
        <translation>Убрать имущество</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No property added.</source>
        <translation>Имущество не добавлено.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{kind}: {description}</source>
        <translation>{kind}: {description}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>A value is typed but not added: press “Add the property”, or clear it.</source>
        <translation>Стоимость введена, но не добавлена: нажмите «Добавить имущество» или сотрите её.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Every sensitive act, newest first. Each entry is sealed to the one before it: the check finds any entry changed or removed behind this program's back.</source>
        <translation>Все важные действия, сначала новые. Каждая запись скреплена с предыдущей: проверка найдёт любую запись, изменённую или удалённую в обход программы.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Verify the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the audit trail…</source>
        <translation>Проверка журнала аудита…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Checking the log of acts…</source>
        <translation>Проверка журнала операций…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Intact: the audit trail ({entries} entries) and the log of acts ({acts} acts) are unbroken. Nothing was changed or removed.</source>
        <translation>Всё в порядке: журнал аудита (записей: {entries}) и журнал операций (операций: {acts}) не нарушены. Ничего не изменено и не удалено.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The audit trail is broken at entry {seq}: {reason}.</source>
        <translation>Журнал аудита нарушен на записи {seq}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The log of acts is broken at act {seq}: {reason}.</source>
        <translation>Журнал операций нарушен на операции {seq}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Records were changed outside this program. Keep the terminal as it is and call IT and your manager now.</source>
        <translation>Записи изменены в обход программы. Ничего не трогайте на терминале и сразу сообщите IT-специалисту и руководителю.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>The check was cancelled: nothing is known yet.</source>
        <translation>Проверка отменена: результат пока неизвестен.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Sign-in refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Locked after wrong PINs</source>
        <translation>Заблокирован после неверных PIN-кодов</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen locked (idle)</source>
        <translation>Экран заблокирован (бездействие)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Screen unlocked</source>
        <translation>Экран разблокирован</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Supervisor override signed</source>
        <translation>Подписано подтверждение руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Identified by the ID number</source>
        <translation>Установлен по идентификационному номеру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Signed out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>PIN set</source>
        <translation>Задан PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal served</source>
        <translation>Выдано питание</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Medicines handed over</source>
        <translation>Выданы лекарства</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Application submitted</source>
        <translation>Подано заявление</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Выдано техническое средство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Report made</source>
        <translation>Сформирован отчёт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts written to a USB stick</source>
        <translation>Акты записаны на флешку</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Registry's answer read from a USB stick</source>
        <translation>Ответ реестра получен с флешки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template enrolled</source>
        <translation>Сохранён шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template withdrawn</source>
        <translation>Шаблон лица отозван</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Applicant's face checked</source>
        <translation>Проверено лицо заявителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Шаблон лица добавлен при посещении</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Face template removed</source>
        <translation>Удалён шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Act reversed</source>
        <translation>Запись отменена</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Acts lost to a damaged store</source>
        <translation>Записи утрачены: хранилище данных повреждено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Setting changed</source>
        <translation>Изменена настройка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Data key changed</source>
        <translation>Сменён ключ данных</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Old records removed</source>
        <translation>Удалены старые записи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Lock lifted by a supervisor</source>
        <translation>Блокировка снята руководителем</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Meal outside its hours, on a supervisor's word</source>
        <translation>Питание вне часов выдачи, по подтверждению руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patients searched for</source>
        <translation>Поиск пациентов</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Patient's history opened</source>
        <translation>Открыта история пациента</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>records past their keeping time</source>
        <translation>записи с истёкшим сроком хранения</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>student No. {key}</source>
        <translation>ученик № {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>citizen No. {key}</source>
        <translation>гражданин № {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>application {key}</source>
        <translation>заявление {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>operator {key}</source>
        <translation>оператор {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>school {key}</source>
        <translation>школа {key}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/audit_page.py"/>
        <source>Dispense or meal reversed</source>
        <translation type="vanished">Отменена выдача лекарств или питания</translation>
    </message>
</context>
<context>
    <name>BenefitStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The benefit</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Which support does the family ask for? Choose one.</source>
        <translation>Какую помощь просит семья? Выберите одну.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Not for this family. {reason}.</source>
        <translation>Этой семье не подходит. {reason}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Choose the benefit the family asks for.</source>
        <translation>Выберите помощь, которую просит семья.</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Read this to the applicant, or let them read it.</source>
        <translation>Прочитайте это заявителю или дайте прочитать самому.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The data in this application (the family, incomes and property) is sent to the social protection registry, which checks it and decides on the benefit. The registry may compare it with what other state bodies already hold, so no certificates need to be brought. A face template is asked for separately, at the face step, with its own consent.</source>
        <translation>Данные этого заявления (семья, доходы и имущество) передаются в реестр социальной защиты: он их проверяет и принимает решение о помощи. Реестр может сверить их с тем, что уже есть у других государственных органов, поэтому приносить справки не нужно. Шаблон лица запрашивается отдельно, на шаге с лицом, со своим согласием.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>The applicant agrees to this</source>
        <translation>Заявитель согласен</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/choices.py"/>
        <source>Without the applicant's consent the application cannot be submitted. If they want to think about it, save the draft and close it.</source>
        <translation>Без согласия заявителя заявление подать нельзя. Если он хочет подумать, сохраните черновик и закройте его.</translation>
    </message>
</context>
<context>
    <name>DayCounters</name>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today, {date}</source>
        <translation>Сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>{session}: {meals} served</source>
        <translation>{session}: выдано {meals}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today: {meals}</source>
        <translation>Всего выдано сегодня: {meals}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Meals served today in each class</source>
        <translation>Выдано сегодня по классам</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/canteen_counters.py"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
</context>
<context>
    <name>DispensingPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Next patient (Esc)</source>
        <translation>Следующий пациент (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Check and hand out (Enter)</source>
        <translation>Проверить и выдать (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Возраст {age} · идентификационный номер {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Личность подтвердил руководитель ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Личность установлена по идентификационному номеру, лицо проверено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Identified by Face-ID</source>
        <translation>Личность установлена по Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>This patient has no prescriptions.</source>
        <translation>У этого пациента нет рецептов.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Prescription {number} from {prescriber}, valid until {date}</source>
        <translation>Рецепт {number} ({prescriber}), действует до {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Quantity of {drug}</source>
        <translation>Количество: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One less of {drug}</source>
        <translation>На одну меньше: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>One more of {drug}</source>
        <translation>На одну больше: {drug}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>{dosage}; {remaining} of {prescribed} {unit} left; {stock} in stock</source>
        <translation>{dosage}; осталось {remaining} из {prescribed} {unit}; на складе {stock}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Expired on {date}: it cannot be dispensed.</source>
        <translation>Срок действия истёк {date}: выдавать нельзя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Valid only from {date}: it cannot be dispensed yet.</source>
        <translation>Действует только с {date}: выдавать пока нельзя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cancelled by the doctor: it cannot be dispensed.</source>
        <translation>Отменён врачом: выдавать нельзя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Nothing left on this prescription</source>
        <translation>По этому рецепту ничего не осталось</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Out of stock</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Low stock: {count} left</source>
        <translation>Запас заканчивается: осталось {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Оплачивает государство: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Choose at least one medicine to hand out.</source>
        <translation>Выберите хотя бы одно лекарство для выдачи.</translation>
    </message>
</context>
<context>
    <name>DispensingScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/dispensing.py"/>
        <source>Medicines</source>
        <translation>Лекарства</translation>
    </message>
</context>
<context>
    <name>DrugWords</name>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>tablets</source>
        <translation>таблетки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>capsules</source>
        <translation>капсулы</translation>
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
        <translation>шприц-ручка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>syrup</source>
        <translation>сироп</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>drops</source>
        <translation>капли</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ointment</source>
        <translation>мазь</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>ampoules</source>
        <translation>ампулы</translation>
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
        <translation>шт.</translation>
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
        <translation>по назначению врача</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} a day</source>
        <comment>a dosage: 1 tab a day</comment>
        <translation>{count} {unit} в день</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/drug_words.py"/>
        <source>{count} {unit} {times} times a day</source>
        <comment>a dosage: 1 tab 2 times a day</comment>
        <translation>по {count} {unit} {times} р. в день</translation>
    </message>
</context>
<context>
    <name>EnrollFaceDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a face</source>
        <translation>Сохранить лицо</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, дата рождения {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Read this to the citizen. A face template is kept to identify them at the terminals: numbers that describe the face, never a picture. This is separate from the consent to share their data. They can withdraw it at any time, and the template is then deleted.</source>
        <translation>Прочитайте это гражданину. Шаблон лица сохраняется, чтобы узнавать его на терминалах: это числа, которые описывают лицо, а не снимок. Это согласие отдельно от согласия на передачу данных. Его можно отозвать в любой момент, и тогда шаблон удаляется.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees</source>
        <translation>Гражданин согласен</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The citizen agrees to keep a face template</source>
        <translation>Гражданин согласен на сохранение шаблона лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Изображение с камеры, чтобы навести её на лицо</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ Шаблон лица снят. Снимок не сохранён.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Camera off</source>
        <translation>Камера выключена</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template again</source>
        <translation>Снять шаблон лица заново</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Take the face template</source>
        <translation>Снять шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No camera is set up on this terminal: a face cannot be enrolled here.</source>
        <translation>На этом терминале камера не настроена: сохранить лицо здесь нельзя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Tick the citizen's consent first: no face template is taken without it.</source>
        <translation>Сначала отметьте согласие гражданина: без него шаблон лица не снимается.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Checking the face against everyone enrolled…</source>
        <translation>Лицо сверяется со всеми сохранёнными лицами…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No face template yet.</source>
        <translation>Шаблона лица пока нет.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>This face is already {name}'s. A further template is added to it when you enroll.</source>
        <translation>Это лицо уже сохранено: {name}. При сохранении к нему добавится ещё один шаблон.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No one else enrolled has this face.</source>
        <translation>Среди сохранённых лиц похожих нет.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Look at the camera</source>
        <translation>Посмотрите в камеру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Good, hold still</source>
        <translation>Хорошо, не двигайтесь</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>Хороших снимков: {count} из {needed}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>No good picture in time. Add light in front of the face, ask the citizen to look at the camera and try again.</source>
        <translation>За отведённое время хорошего снимка не получилось. Добавьте света перед лицом, попросите гражданина смотреть в камеру и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>The enrolled faces are still being read. Take the template again in a moment.</source>
        <translation>Сохранённые лица ещё загружаются. Чуть позже снимите шаблон заново.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Enroll a look-alike face</source>
        <translation>Сохранить лицо, похожее на чужое</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>• {name}, born {date}</source>
        <translation>• {name}, дата рождения {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>⚠ Warning: this face would pass for someone already enrolled:</source>
        <translation>⚠ Внимание: это лицо можно спутать с уже сохранённым:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>Confirm only once you are sure they are different people (twins, for example).</source>
        <translation>Подтверждайте, только если уверены, что это разные люди (например, близнецы).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/enroll_face.py"/>
        <source>A supervisor must decide. Enroll asks for a supervisor's PIN and the reason.</source>
        <translation>Решает руководитель. «Сохранить» запросит PIN-код руководителя и причину.</translation>
    </message>
</context>
<context>
    <name>EntitlementsPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Technical aids of this person</source>
        <translation>Технические средства получателя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Type or scan</source>
        <translation>Введите или отсканируйте</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Next person (Esc)</source>
        <translation>Следующий получатель (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Hand over (Enter)</source>
        <translation>Выдать (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Возраст {age} · идентификационный номер {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by a supervisor's override ({supervisor}): {reason}</source>
        <translation>Личность подтвердил руководитель ({supervisor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by the ID number, face checked</source>
        <translation>Личность установлена по идентификационному номеру, лицо проверено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Identified by Face-ID</source>
        <translation>Личность установлена по Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>This person has no technical aids to receive.</source>
        <translation>У этого получателя нет технических средств к выдаче.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>None of this person's technical aids can be handed over today.</source>
        <translation>Сегодня нельзя выдать ни одно из технических средств этого получателя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>{aid} ({category})</source>
        <translation>{aid} ({category})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cost to the state: {money} · Decision {number} · Valid until {date}</source>
        <translation>Оплачивает государство: {money} · Решение {number} · Действует до {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Cannot be handed over: {reason}</source>
        <translation>Выдать нельзя: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/aid_entitlements.py"/>
        <source>Choose the aid to hand over.</source>
        <translation>Выберите средство для выдачи.</translation>
    </message>
</context>
<context>
    <name>FaceIdPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Who is the patient?</source>
        <translation>Кто пациент?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Camera picture</source>
        <translation>Изображение с камеры</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Taking the picture</source>
        <translation>Снимок делается</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number (F2)</source>
        <translation>Ввести идентификационный номер (F2)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Supervisor override (F3)</source>
        <translation>Подтверждение руководителя (F3)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Start again (F4)</source>
        <translation>Начать заново (F4)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Find a patient (F5)</source>
        <translation>Найти пациента (F5)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Today's hand-outs and stock (F6)</source>
        <translation>Выдачи за сегодня и остатки (F6)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Elderly mode (F7)</source>
        <translation>Режим для пожилых (F7)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Large text, and each instruction spoken aloud</source>
        <translation>Крупный текст, и каждая подсказка произносится вслух</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This camera is a recording (demo). A recording cannot follow a request, so a head turn to either side is accepted: that shows a real head, not a photo, but not that the person is here now.</source>
        <translation>Эта камера — видеозапись (демо). Запись не может выполнить просьбу, поэтому принимается поворот головы в любую сторону: это показывает настоящую голову, а не фото, но не то, что человек здесь сейчас.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>This face is not recognised. Type the ID number (F2) or ask a supervisor (F3).</source>
        <translation>Это лицо не распознано. Введите идентификационный номер (F2) или обратитесь к руководителю (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 2 of 2: show that you are here</source>
        <translation>Шаг 2 из 2: покажите, что вы здесь</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Step 1 of 2: look at the camera</source>
        <translation>Шаг 1 из 2: посмотрите в камеру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Face-ID is getting ready…</source>
        <translation>Face-ID готовится…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Type the ID number, then press Enter.</source>
        <translation>Введите идентификационный номер и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please look at the camera.</source>
        <translation>Пожалуйста, посмотрите в камеру.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Please turn your head slowly to one side.</source>
        <translation>Пожалуйста, медленно поверните голову в сторону.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Hold still, please.</source>
        <translation>Не двигайтесь, пожалуйста.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The face does not match the ID number {number}. Check the number, or ask a supervisor (F3).</source>
        <translation>Лицо не совпадает с идентификационным номером {number}. Проверьте номер или обратитесь к руководителю (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No face is enrolled for the ID number {number}, so it cannot be checked. Ask a supervisor (F3).</source>
        <translation>Для идентификационного номера {number} лицо не сохранено, поэтому проверить его нельзя. Обратитесь к руководителю (F3).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The check for a live person failed: {reason}. Press F4 to try again.</source>
        <translation>Проверка живого человека не пройдена: {reason}. Нажмите F4, чтобы попробовать снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The recording has ended. Press F4 to play it again.</source>
        <translation>Запись закончилась. Нажмите F4, чтобы воспроизвести её снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>{problem} Trying again in {seconds} s.</source>
        <translation>{problem} Повторная попытка через {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>No picture from the camera</source>
        <translation>Нет изображения с камеры</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is working again.</source>
        <translation>Камера снова работает.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>The camera is paused.</source>
        <translation>Камера приостановлена.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/faceid.py"/>
        <source>Checking the face against the ID number {number}.</source>
        <translation>Лицо сверяется с идентификационным номером {number}.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Please fill this in.</source>
        <translation>Заполните это поле.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug}: pack {serial} scanned.</source>
        <translation>{drug}: упаковка {serial} отсканирована.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Scan the packs of every medicine first.</source>
        <translation>Сначала отсканируйте упаковки каждого лекарства.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>No pack code was seen. Try again, closer and in good light, or use the scanner.</source>
        <translation>Код упаковки не найден. Попробуйте ещё раз, ближе и при хорошем свете, или воспользуйтесь сканером.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out these medicines?</source>
        <translation>Выдать эти лекарства?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>To {name}</source>
        <translation>Кому: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Hand out (Enter)</source>
        <translation>Выдать (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state: {money}</source>
        <translation>Оплачивает государство: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Dosage</source>
        <translation>Дозировка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Cost to the state</source>
        <translation>Оплачивает государство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>Packs scanned</source>
        <translation>Отсканированные упаковки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>{drug} ({form})</source>
        <translation>{drug} ({form})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/handout.py"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Who is the person?</source>
        <translation>Кто получатель?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Ask the person to look at the camera and to do what the screen says, for example to turn the head. The person's technical aids open by themselves.</source>
        <translation>Попросите получателя посмотреть в камеру и сделать то, что просит экран, например повернуть голову. Технические средства получателя откроются сами.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F2: type the ID number from the person's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: введите идентификационный номер из документа получателя; лицо сверяется с ним. F3: подтверждение руководителя, если лицо проверить нельзя. F4: начать заново.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>F6: today's hand-overs at this terminal.</source>
        <translation>F6: выдачи за сегодня на этом терминале.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Handing over a technical aid</source>
        <translation>Выдача технического средства</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The list shows the person's technical aids. Grey ones cannot be handed over today: the line says why.</source>
        <translation>В списке технические средства получателя. Серые сегодня выдать нельзя: причина указана в строке.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Choose the aid with the arrow keys, then type or scan the serial number on its label.</source>
        <translation>Выберите средство клавишами со стрелками, затем введите или отсканируйте серийный номер с его этикетки.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Enter hands it over and records it; the receipt follows. Esc: the next person, nothing recorded.</source>
        <translation>Enter выдаёт средство и записывает выдачу; затем появится чек. Esc: следующий получатель, ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>Today's hand-overs</source>
        <translation>Выдачи за сегодня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>The technical aids handed over at this terminal today, the newest first.</source>
        <translation>Технические средства, выданные сегодня на этом терминале, сначала новые.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line in red was handed over at another office as well: tell the supervisor.</source>
        <translation>Средство в красной строке выдано и в другой организации: сообщите руководителю.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <source>A line struck through was reversed by a supervisor: it no longer counts.</source>
        <translation>Зачёркнутую строку отменил руководитель: она больше не учитывается.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_aids.py"/>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to Face-ID.</source>
        <translation>Esc — возврат к Face-ID.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Signing in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose your name in the list: tap it, or use the arrow keys.</source>
        <translation>Выберите своё имя в списке: коснитесь его или используйте клавиши со стрелками.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter. The PIN is never shown.</source>
        <translation>Введите PIN-код и нажмите Enter. PIN-код никогда не показывается.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>After several wrong PINs in a row your name is locked for some minutes. A supervisor can set a new PIN for you.</source>
        <translation>После нескольких неверных PIN-кодов подряд ваше имя блокируется на несколько минут. Руководитель может задать вам новый PIN-код.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal is locked</source>
        <translation>Терминал заблокирован</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The terminal locked itself after some minutes without use, so that nobody passing by sees a patient's details.</source>
        <translation>Терминал заблокировался сам после нескольких минут бездействия, чтобы никто из проходящих мимо не увидел данные пациента.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type your PIN and press Enter to go on where you were.</source>
        <translation>Введите PIN-код и нажмите Enter, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Someone else may choose their own name and sign in instead: the first operator is then signed out.</source>
        <translation>Вместо этого другой сотрудник может выбрать своё имя и войти: тогда сеанс первого оператора завершится.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Who is the patient?</source>
        <translation>Кто пациент?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask the patient to look at the camera and to do what the screen says, for example to turn the head. The patient's prescriptions open by themselves.</source>
        <translation>Попросите пациента посмотреть в камеру и сделать то, что просит экран, например повернуть голову. Рецепты пациента откроются сами.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F2: type the ID number from the patient's document; the face is checked against it. F3: a supervisor's override, when the face cannot be checked. F4: start again.</source>
        <translation>F2: введите идентификационный номер из документа пациента; лицо сверяется с ним. F3: подтверждение руководителя, если лицо проверить нельзя. F4: начать заново.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>F5: find a patient by name, birth date or ID number. F6: today's hand-outs and the stock.</source>
        <translation>F5: найти пациента по ФИО, дате рождения или идентификационному номеру. F6: выдачи за сегодня и остатки.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Handing out medicines</source>
        <translation>Выдача лекарств</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Each prescription shows the quantity to hand out for one period: never more than is left on the prescription or in stock.</source>
        <translation>В каждом рецепте указано количество к выдаче на один период: не больше, чем осталось по рецепту или на складе.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Change a quantity with − and + or with the arrow keys; 0 hands out none of it.</source>
        <translation>Меняйте количество кнопками − и + или клавишами со стрелками; 0 — это лекарство не выдаётся.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter shows a summary first: check it with the patient, then Enter hands out and records it, Esc goes back. Esc here: the next patient, nothing recorded.</source>
        <translation>Enter сначала показывает сводку: проверьте её вместе с пациентом, затем Enter выдаёт и записывает, Esc возвращает назад. Esc здесь: следующий пациент, ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Before the hand-out</source>
        <translation>Перед выдачей</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Check the medicines and the quantities with the patient.</source>
        <translation>Проверьте лекарства и количества вместе с пациентом.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter hands them out and records it; the receipt follows.</source>
        <translation>Enter выдаёт их и записывает выдачу; затем появится чек.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc goes back to the quantities: nothing is recorded.</source>
        <translation>Esc возвращает к количествам: ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The hand-out is recorded.</source>
        <translation>Выдача записана.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the paper, then Ctrl+P prints the receipt. Ctrl+S saves it as a PDF file.</source>
        <translation>Выберите бумагу, затем Ctrl+P печатает чек. Ctrl+S сохраняет его в файл PDF.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter or Esc: the next patient.</source>
        <translation>Enter или Esc: следующий пациент.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Find a patient</source>
        <translation>Найти пациента</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then press Enter.</source>
        <translation>Введите ФИО (латиницей или кириллицей), дату рождения (ДД.ММ.ГГГГ) или идентификационный номер и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the patient with the arrow keys and press Enter to open their history.</source>
        <translation>Выберите пациента клавишами со стрелками и нажмите Enter, чтобы открыть его историю.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Finding a patient does not identify them: the face is checked before anything is handed out. Esc goes back.</source>
        <translation>Найти пациента — ещё не значит установить его личность: перед выдачей проверяется лицо. Esc — назад.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The patient's history</source>
        <translation>История пациента</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The prescribed medicines, what is left of them, and what was handed out here.</source>
        <translation>Назначенные лекарства, сколько их осталось и что было выдано здесь.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enter checks the patient's face, then the medicines can be handed out. Ctrl+R prints the last receipt again. Esc goes back to the list.</source>
        <translation>Enter проверяет лицо пациента, после чего лекарства можно выдать. Ctrl+R печатает последний чек ещё раз. Esc возвращает к списку.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enroll face takes the patient's face template, with their consent, so that Face-ID knows them at the next visit.</source>
        <translation>«Сохранить лицо» снимает шаблон лица пациента с его согласия, чтобы Face-ID узнал его при следующем посещении.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Enrolling a face</source>
        <translation>Сохранение лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Read the consent to the citizen. Tick it only if they agree: without it no face template can be taken. Only numbers that describe the face are kept, never a picture.</source>
        <translation>Прочитайте гражданину текст согласия. Отметьте его, только если гражданин согласен: без согласия шаблон лица снять нельзя. Сохраняются только числа, которые описывают лицо, а не снимок.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Ask them to look at the camera in good light until five good pictures are counted.</source>
        <translation>Попросите смотреть в камеру при хорошем свете, пока не наберётся пять хороших снимков.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>If the face looks like someone already enrolled, their name is shown and only a supervisor can let it be enrolled, with their PIN and a reason. Esc cancels: nothing is kept.</source>
        <translation>Если лицо похоже на уже сохранённое, показывается имя этого человека, и разрешить сохранение может только руководитель — своим PIN-кодом и с причиной. Esc отменяет: ничего не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs and stock</source>
        <translation>Выдачи за сегодня и остатки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's hand-outs at this terminal and what they cost the state, then the stock of each medicine: the ones running low first, marked.</source>
        <translation>Выдачи за сегодня на этом терминале и во что они обошлись государству, затем остатки каждого лекарства: заканчивающиеся — первыми и с пометкой.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Supervisor override</source>
        <translation>Подтверждение руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>When Face-ID cannot identify the citizen, a supervisor can vouch for them. Type the citizen's ID number from their document.</source>
        <translation>Если Face-ID не может опознать гражданина, руководитель может подтвердить его личность. Введите идентификационный номер гражданина из его документа.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason. It is recorded with the act it allows.</source>
        <translation>Руководитель выбирает своё имя, вводит свой PIN-код и пишет причину. Подтверждение записывается вместе с тем, что оно разрешает.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Esc cancels: nothing is recorded.</source>
        <translation>Esc — отмена: ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A supervisor's word</source>
        <translation>Подтверждение руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>This act is out of the ordinary, for example a meal outside its hours or an act to reverse. It is recorded only on a supervisor's word.</source>
        <translation>Это необычная запись, например питание вне часов выдачи или отмена записи. Она делается только по подтверждению руководителя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The supervisor chooses their own name, types their own PIN and writes the reason.</source>
        <translation>Руководитель выбирает своё имя, вводит свой PIN-код и пишет причину.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>School meals</source>
        <translation>Школьное питание</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the meal and the class. Then tap each child as they are served, or move with the arrow keys and press Enter.</source>
        <translation>Выберите приём пищи и класс. Затем касайтесь карточки каждого ребёнка, когда он получил питание, или переходите клавишами со стрелками и нажимайте Enter.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A served child's tile shows the time; a child is served once a meal. A dashed tile: not eligible for free meals.</source>
        <translation>На карточке ребёнка, получившего питание, видно время; ребёнку выдают один раз за приём пищи. Карточка с пунктирной рамкой: нет права на бесплатное питание.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Outside the meal's hours a meal is recorded only on a supervisor's word: their name, their PIN and the reason.</source>
        <translation>Вне часов выдачи питание записывается только по подтверждению руководителя: его имя, PIN-код и причина.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice: the documents for the meals served in a period.</source>
        <translation>Акт и счёт-фактура: документы о питании, выданном за период.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Service act and invoice</source>
        <translation>Акт оказанных услуг и счёт-фактура</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose the school, the first day and the last day, then make the documents: a PDF to print and sign, and a CSV file for spreadsheets.</source>
        <translation>Выберите школу, первый и последний день, затем сформируйте документы: PDF — для печати и подписи, файл CSV — для таблиц.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Only the meals actually served are counted.</source>
        <translation>Учитываются только фактически выданные порции.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Applications for social support</source>
        <translation>Заявления на социальную помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>New application opens the form. A draft is saved at every step: resume it or discard it here.</source>
        <translation>«Новое заявление» открывает форму. Черновик сохраняется на каждом шаге: продолжите или удалите его здесь.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Submitted applications wait here until they reach the registry; they are sent whenever the terminal is online.</source>
        <translation>Поданные заявления ждут здесь, пока не дойдут до реестра; они отправляются, когда терминал в сети.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sent application has a number and a status. Open one to see its history and to print the slip for the family.</source>
        <translation>У каждого поданного заявления есть номер и статус. Откройте заявление, чтобы увидеть его историю и напечатать талон для семьи.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The application form</source>
        <translation>Форма заявления</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Fill in one step at a time. Next checks the step and saves the draft; Back goes to the step before. The list on the left shows every step.</source>
        <translation>Заполняйте по одному шагу. «Далее» проверяет шаг и сохраняет черновик; «Назад» возвращает к предыдущему шагу. В списке слева видны все шаги.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Save and close keeps the draft, to finish it later from the list of drafts.</source>
        <translation>«Сохранить и закрыть» сохраняет черновик: его можно закончить позже из списка черновиков.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The last step shows the assessment. Submit puts the application in the queue for the registry; it cannot be changed after that.</source>
        <translation>На последнем шаге показана оценка. «Подать заявление» ставит заявление в очередь на отправку в реестр; после этого его нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The face step needs the applicant's own consent to a face template. If the face looks like someone already enrolled, the application is marked for the registry to check.</source>
        <translation>Для шага с лицом нужно отдельное согласие заявителя на шаблон лица. Если лицо похоже на уже сохранённое, заявление получает отметку для проверки в реестре.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs: type it twice.</source>
        <translation>Выберите оператора, чтобы задать новый PIN-код, например если он забыл свой: введите его дважды.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Unlock lets an operator locked after wrong PINs sign in again.</source>
        <translation>«Разблокировать» позволяет оператору, заблокированному после неверных PIN-кодов, снова войти.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Overrides</source>
        <translation>Подтверждения руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Medicines handed over on a supervisor's word when Face-ID could not match, newest first: who handed them over, who approved, and why.</source>
        <translation>Лекарства, выданные по подтверждению руководителя, когда Face-ID не опознал пациента, сначала новые: кто выдал, кто подтвердил и почему.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Every sensitive act at this terminal, newest first.</source>
        <translation>Все важные действия на этом терминале, сначала новые.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Verify the chain checks that no entry was changed or removed behind the program's back.</source>
        <translation>«Проверить цепочку» проверяет, что ни одна запись не была изменена или удалена в обход программы.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Sync problems</source>
        <translation>Проблемы синхронизации</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Acts the registry did not take, and news from the registry this terminal could not apply.</source>
        <translation>Записи, которые реестр не принял, и сведения из реестра, которые этот терминал не смог применить.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Nothing is lost: every act stays on this terminal. Give the act's number to the registry's help desk.</source>
        <translation>Ничего не потеряно: каждая запись остаётся на этом терминале. Сообщите номер записи в службу поддержки реестра.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Today's acts</source>
        <translation>Записи за сегодня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hand-outs, meals and aids recorded at this terminal today, newest first.</source>
        <translation>Выдачи лекарств, питания и технических средств, записанные сегодня на этом терминале, сначала новые.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Choose a mistaken one and reverse it, on a supervisor's word with the reason. Medicines go back on the prescription and in stock; a meal no longer counts; an aid's entitlement can be handed over again.</source>
        <translation>Выберите ошибочную и отмените её по подтверждению руководителя с указанием причины. Лекарства вернутся в рецепт и на склад; питание больше не учитывается; техническое средство по тому же праву можно выдать снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>The bar at the bottom</source>
        <translation>Нижняя панель</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Online or offline: offline, work goes on and the acts wait in the queue until the registry can be reached.</source>
        <translation>В сети или нет сети: без сети работа идёт, а записи ждут в очереди, пока реестр снова не станет доступен.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Queue: acts not sent yet. Set aside: acts the registry did not take; a supervisor sees them under Sync problems. Sync now (F9) sends at once.</source>
        <translation>Очередь: ещё не отправленные записи. Отложено: записи, которые реестр не принял; руководитель видит их в разделе «Проблемы синхронизации». «Синхронизировать» (F9) отправляет сразу.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Hamyon Terminal</source>
        <translation>Hamyon Terminal</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>Press F1 on any screen for help about it.</source>
        <translation>Нажмите F1 на любом экране, чтобы получить справку о нём.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>On every screen</source>
        <translation>На любом экране</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/help_texts.py"/>
        <source>A+ at the top makes the text larger, for you or for a patient who reads along (Ctrl+Plus); press it again for the usual size (Ctrl+Minus).</source>
        <translation>A+ вверху делает текст крупнее — для вас или для пациента, который читает вместе с вами (Ctrl+Plus); нажмите ещё раз, чтобы вернуть обычный размер (Ctrl+Minus).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close (Enter)</source>
        <translation>Закрыть (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/help.py"/>
        <source>Close the help</source>
        <translation>Закрыть справку</translation>
    </message>
</context>
<context>
    <name>IdNumberEntry</name>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{kind} from the citizen's document</source>
        <translation>{kind} из документа гражданина</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>Check the face</source>
        <translation>Проверить лицо</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>{count} of {length} digits</source>
        <translation>{count} из {length} цифр</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>✓ Born on {date}, {sex}. Compare with the document.</source>
        <translation>✓ Дата рождения {date}, {sex}. Сверьте с документом.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>Type the {kind}.</source>
        <translation>Заполните поле «{kind}».</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>{typed} of {count} digits</source>
        <translation>{typed} из {count} цифр</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/idnumber.py"/>
        <source>The number is valid.</source>
        <translation>Номер правильный.</translation>
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
        <translation>Доходы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Every regular income of the family, per month, before tax. If nobody earns anything, go on.</source>
        <translation>Все постоянные доходы семьи в месяц, до вычета налогов. Если никто ничего не получает, переходите дальше.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Whose income</source>
        <translation>Чей доход</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Amount a month ({currency})</source>
        <translation>Сумма в месяц ({currency})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Add the income</source>
        <translation>Добавить доход</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>Remove the income</source>
        <translation>Убрать доход</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>No income added.</source>
        <translation>Доходы не добавлены.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>{source}: {amount} a month</source>
        <translation>{source}: {amount} в месяц</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/money.py"/>
        <source>An amount is typed but not added: press “Add the income”, or clear it.</source>
        <translation>Сумма введена, но не добавлена: нажмите «Добавить доход» или сотрите её.</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/jobs.py"/>
        <source>Stopping after the current step…</source>
        <translation>Остановка после текущего шага…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>This terminal is locked</source>
        <translation>Терминал заблокирован</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>{name}: type your PIN to go on. Someone else may choose their own name and sign in instead.</source>
        <translation>{name}: введите свой PIN-код, чтобы продолжить. Другой сотрудник может выбрать своё имя и войти сам.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Sign in and sign {name} out</source>
        <translation>Войти (сеанс {name} завершится)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/lock.py"/>
        <source>Choose your name first.</source>
        <translation>Сначала выберите своё имя.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>This language is not available; English is shown.</source>
        <translation>Этот язык недоступен; показан английский.</translation>
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
        <translation>Акт оказанных услуг и счёт-фактура</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MealReportPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act and invoice</source>
        <translation>Акт оказанных услуг и счёт-фактура</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Funding follows the meals actually served. Choose the period, then make the documents: PDF to print and sign, CSV for spreadsheets.</source>
        <translation>Оплачиваются только фактически выданные порции. Выберите период и сформируйте документы: PDF — для печати и подписи, CSV — для таблиц.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Make the act and invoice</source>
        <translation>Сформировать акт и счёт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>No school is set up at this site.</source>
        <translation>В этом учреждении не настроено ни одной школы.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The first day is after the last day: change one of them.</source>
        <translation>Первый день позже последнего: измените один из них.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Counting the meals served…</source>
        <translation>Подсчёт выданных порций…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Writing the act and the invoice…</source>
        <translation>Формирование акта и счёта-фактуры…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Invoice for free school meals</source>
        <translation>Счёт-фактура за бесплатное школьное питание</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Service act: free school meals served</source>
        <translation>Акт оказанных услуг: выданное бесплатное школьное питание</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meal</source>
        <translation>Приём пищи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served</source>
        <translation>Выдано порций</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Total due</source>
        <translation>Итого к оплате</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Meals served in the period</source>
        <translation>Выдано за период</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>School director: ____________________</source>
        <translation>Директор школы: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Canteen provider: ____________________</source>
        <translation>Поставщик питания: ____________________</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>The service act and the invoice for {start} to {end} are ready: {meals} meals served, {amount} to pay. The PDF and CSV files are in the folder {folder}.</source>
        <translation>Акт и счёт-фактура за период с {start} по {end} готовы: выдано порций — {meals}, к оплате — {amount}. Файлы PDF и CSV — в папке {folder}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meal_report_panel.py"/>
        <source>Cancelled: no documents were made.</source>
        <translation>Отменено: документы не сформированы.</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School meals</source>
        <translation>Школьное питание</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Meal</source>
        <translation>Приём пищи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Students of the class</source>
        <translation>Ученики класса</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Service act and invoice…</source>
        <translation>Акт и счёт-фактура…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>No school is set up at this site.</source>
        <translation>В этом учреждении не настроено ни одной школы.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Choose the meal and the class.</source>
        <translation>Выберите приём пищи и класс.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Class {name}, {session}: {served} of {eligible} served</source>
        <translation>Класс {name}, {session}: накормлено {served} из {eligible}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>A meal outside its hours</source>
        <translation>Питание вне часов выдачи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Not recorded: the meal is outside its hours and no supervisor confirmed it.</source>
        <translation>Не записано: питание вне часов выдачи, а руководитель его не подтвердил.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/meals.py"/>
        <source>Served: {student}, {session} at {time}.</source>
        <translation>Выдано: {student}, {session} в {time}.</translation>
    </message>
</context>
<context>
    <name>MembersStep</name>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>The family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Everyone who lives with the applicant and shares the household. Add them one by one.</source>
        <translation>Все, кто живёт с заявителем и ведёт с ним общее хозяйство. Добавьте их по одному.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Serves in</source>
        <translation>Место службы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Add to the family</source>
        <translation>Добавить в семью</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Remove from the family</source>
        <translation>Убрать из семьи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Nobody added yet: the applicant lives alone?</source>
        <translation>Пока никого нет: заявитель живёт один?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>Family members</source>
        <translation>Члены семьи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>{relation} · {pin} · age {age}</source>
        <translation>{relation} · {pin} · возраст {age}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>This ID number is already in the family.</source>
        <translation>Этот идентификационный номер уже есть в семье.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/people.py"/>
        <source>A family member is typed but not added: press “Add to the family”, or clear the fields.</source>
        <translation>Член семьи введён, но не добавлен: нажмите «Добавить в семью» или очистите поля.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators of this terminal</source>
        <translation>Операторы этого терминала</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator to set a new PIN, for example when they forgot theirs.</source>
        <translation>Выберите оператора, чтобы задать новый PIN-код, например если он забыл свой.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Set the PIN</source>
        <translation>Задать PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>not set yet</source>
        <translation>ещё не задан</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until a new PIN is set</source>
        <translation>заблокирован до смены PIN-кода</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>locked until {time}</source>
        <translation>заблокирован до {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>New PIN for {name}</source>
        <translation>Новый PIN-код: {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Choose an operator.</source>
        <translation>Выберите оператора.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} typed a wrong PIN too many times: set a new PIN to unlock them.</source>
        <translation>{name}: слишком много неверных PIN-кодов. Чтобы разблокировать, задайте новый PIN-код.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is locked after wrong PINs until {time}.</source>
        <translation>{name}: заблокирован(а) после неверных PIN-кодов до {time}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>A PIN has at least {count} characters.</source>
        <translation>Минимальная длина PIN-кода — {count}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The two PINs are not the same: type them again.</source>
        <translation>PIN-коды не совпадают: введите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>The PIN of {name} is set. They can sign in with it now.</source>
        <translation>PIN-код задан ({name}). Теперь с ним можно войти.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>{name} is unlocked and can sign in with their PIN now.</source>
        <translation>{name}: блокировка снята, теперь можно войти со своим PIN-кодом.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor override</source>
        <translation>Подтверждение руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Only when Face-ID cannot identify the citizen. It is recorded with the supervisor's name.</source>
        <translation>Только если Face-ID не может опознать гражданина. Записывается вместе с именем руководителя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Citizen's ID number, from their document</source>
        <translation>Идентификационный номер гражданина (из его документа)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Собственный PIN-код руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Supervisor's PIN</source>
        <translation>PIN-код руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason (written out)</source>
        <translation>Причина (напишите словами)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>For example: the face is bandaged after an operation.</source>
        <translation>Например: лицо забинтовано после операции.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Confirm the override</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Another supervisor must sign: no one approves their own override.</source>
        <translation>Подписать должен другой руководитель: никто не подтверждает вручную сам себя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>No supervisor can sign in on this terminal.</source>
        <translation>На этом терминале нет руководителя, который может войти.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Type the citizen's ID number.</source>
        <translation>Введите идентификационный номер гражданина.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Choose the supervisor.</source>
        <translation>Выберите руководителя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>Руководитель вводит свой PIN-код.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/override.py"/>
        <source>Write the reason for the override.</source>
        <translation>Напишите причину подтверждения.</translation>
    </message>
</context>
<context>
    <name>OverridesPage</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Overrides</source>
        <translation>Подтверждения руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Medicines handed over when Face-ID could not match, on a supervisor's word. Newest first.</source>
        <translation>Лекарства, выданные по подтверждению руководителя, когда Face-ID не опознал пациента. Сначала новые.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>No overrides recorded on this terminal.</source>
        <translation>На этом терминале подтверждений руководителя не было.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Handed over by {nurse}
Approved by {supervisor}</source>
        <translation>Выдал(а): {nurse}
Подтвердил(а): {supervisor}</translation>
    </message>
</context>
<context>
    <name>PackScanBox</name>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan every pack handed out:</source>
        <translation>Отсканируйте каждую выдаваемую упаковку:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Pack code</source>
        <translation>Код упаковки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan the square code on the pack</source>
        <translation>Отсканируйте квадратный код на упаковке</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Scan with the camera</source>
        <translation>Сканировать камерой</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/pack_scan.py"/>
        <source>Hold the pack's square code up to the camera.</source>
        <translation>Поднесите квадратный код упаковки к камере.</translation>
    </message>
</context>
<context>
    <name>PatientHistoryPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Handed out at this terminal</source>
        <translation>Выдано на этом терминале</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescribed medicines</source>
        <translation>Назначенные лекарства</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Check the face and hand out (Enter)</source>
        <translation>Проверить лицо и выдать (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Print the last receipt again (Ctrl+R)</source>
        <translation>Перепечатать последний чек (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reverse the chosen hand-out…</source>
        <translation>Отменить выбранную выдачу…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Enroll face…</source>
        <translation>Сохранить лицо…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Age {age} · ID number {number}</source>
        <translation>Возраст {age} · идентификационный номер {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Prescription</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Last handed out</source>
        <translation>Последняя выдача</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Medicines</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Cost to the state</source>
        <translation>Оплачивает государство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>By</source>
        <translation>Кто выдал</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>No prescriptions and nothing handed out yet.</source>
        <translation>Рецептов нет, ничего ещё не выдавалось.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>nothing left</source>
        <translation>ничего не осталось</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{remaining} of {prescribed} {unit}</source>
        <translation>{remaining} из {prescribed} {unit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>here, {when}</source>
        <translation>здесь, {when}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{count} {unit} at other terminals</source>
        <translation>{count} {unit} на других терминалах</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>never</source>
        <translation>ещё не выдавалось</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>{when}, {name}: {medicines}</source>
        <translation>{when}, {name}: {medicines}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Отменено. Количества возвращены в рецепт и на склад.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_history.py"/>
        <source>Face enrolled. It is sent to the registry at the next sync.</source>
        <translation>Лицо сохранено. Оно уйдёт в реестр при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Find a patient</source>
        <translation>Найти пациента</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Type the name (in Latin or Cyrillic letters), the birth date (DD.MM.YYYY) or the ID number, then Enter. Finding a patient does not identify them: their face is checked before anything is handed out.</source>
        <translation>Введите ФИО (латиницей или кириллицей), дату рождения (ДД.ММ.ГГГГ) или идентификационный номер и нажмите Enter. Найти пациента — ещё не значит установить его личность: перед выдачей проверяется его лицо.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name, birth date or ID number</source>
        <translation>ФИО, дата рождения или идентификационный номер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Search (Enter)</source>
        <translation>Найти (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>ID number</source>
        <translation>Идентификационный номер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>Nobody of this site matches.</source>
        <translation>В этом учреждении совпадений нет.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/patient_search.py"/>
        <source>More than {count} patients match: type more of the name or the birth date.</source>
        <translation>Совпадений больше {count}: уточните ФИО или дату рождения.</translation>
    </message>
</context>
<context>
    <name>PharmacyDayPanel</name>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Today, {date}</source>
        <translation>Сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Hand-outs: {count} · Patients: {people} · Cost to the state: {money}</source>
        <translation>Выдач: {count} · Пациентов: {people} · Оплачивает государство: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Handed out today</source>
        <translation>Выдано сегодня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>In stock</source>
        <translation>На складе</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Lasts</source>
        <translation>Хватит на</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>Running low (less than {days} days left): {names}</source>
        <translation>Заканчиваются (хватит меньше чем на {days} дн.): {names}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>out of stock</source>
        <translation>нет в наличии</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>none handed out lately</source>
        <translation>давно не выдавалось</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/pharmacy_day_panel.py"/>
        <source>about {days} days</source>
        <translation>примерно {days} дн.</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../terminal/ui/applications/fields.py"/>
        <source>A phone number has digits only, for example +998 90 123 45 67.</source>
        <translation>В номере телефона только цифры, например +998 90 123 45 67.</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{name}, born {date}</source>
        <translation>{name}, дата рождения {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Face template</source>
        <translation>Шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Only a face template is taken: numbers that describe the face, never the picture. It is compared with the faces enrolled here, so that nobody applies under two names. You may skip this step.</source>
        <translation>Снимается только шаблон лица — числа, которые описывают лицо, но не сам снимок. Он сверяется с сохранёнными здесь лицами, чтобы никто не подал заявление под двумя именами. Этот шаг можно пропустить.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Ask the applicant first. If they are on this site's list of citizens, the template is also kept for Face-ID. They may refuse: the application goes on without it.</source>
        <translation>Сначала спросите заявителя. Если он есть в списке граждан этого учреждения, шаблон сохранится и для Face-ID. Он может отказаться: заявление продолжится без шаблона.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant agrees to the face template</source>
        <translation>Заявитель согласен на шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Stop the camera</source>
        <translation>Остановить камеру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Delete the template</source>
        <translation>Удалить шаблон</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera picture, to frame the face</source>
        <translation>Изображение с камеры, чтобы навести её на лицо</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Checking the face against everyone enrolled at this site…</source>
        <translation>Лицо сверяется со всеми лицами, сохранёнными в этом учреждении…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>⚠ This face looks like {people}, already enrolled at this site. The application is flagged for the registry to check.</source>
        <translation>⚠ Это лицо похоже на уже сохранённое в этом учреждении ({people}). Заявление получит отметку для проверки в реестре.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ This is the applicant's own face, enrolled before.</source>
        <translation>✓ Это лицо самого заявителя, сохранённое ранее.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ Nobody enrolled at this site looks like the applicant.</source>
        <translation>✓ Никто из сохранённых в этом учреждении не похож на заявителя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: a face like someone else's is never kept.</source>
        <translation>Только для этой проверки: лицо, похожее на чужое, не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Used for this check only: the applicant is not on this site's list of citizens.</source>
        <translation>Только для этой проверки: заявителя нет в списке граждан этого учреждения.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Kept for Face-ID at this site once the application is submitted.</source>
        <translation>После подачи заявления сохранится для Face-ID в этом учреждении.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template again</source>
        <translation>Снять шаблон лица заново</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Take the face template</source>
        <translation>Снять шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>✓ The face template is taken. No picture was kept.</source>
        <translation>✓ Шаблон лица снят. Снимок не сохранён.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No camera is set up on this terminal: skip this step.</source>
        <translation>На этом терминале камера не настроена: пропустите этот шаг.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>The applicant has not agreed to a face template: none can be taken. Tick the box if they agree, or skip this step.</source>
        <translation>Заявитель не дал согласия на шаблон лица: снимать его нельзя. Если он согласен, поставьте отметку, или пропустите этот шаг.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No face template yet.</source>
        <translation>Шаблона лица пока нет.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Look at the camera</source>
        <translation>Посмотрите в камеру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Good, hold still</source>
        <translation>Хорошо, не двигайтесь</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>{count} of {needed} good pictures</source>
        <translation>Хороших снимков: {count} из {needed}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>No good picture in time. Add light in front of the face, ask the applicant to look at the camera and try again, or skip this step.</source>
        <translation>За отведённое время хорошего снимка не получилось. Добавьте света перед лицом, попросите заявителя смотреть в камеру и попробуйте снова — или пропустите этот шаг.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/photo.py"/>
        <source>Camera off</source>
        <translation>Камера выключена</translation>
    </message>
</context>
<context>
    <name>Preparing</name>
    <message>
        <location filename="../../terminal/ui/demo_app.py"/>
        <source>Preparing the demo site …</source>
        <translation>Подготовка демонстрационного учреждения …</translation>
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
        <translation>Выдано: чек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Print (Ctrl+P)</source>
        <translation>Печать (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Сохранить в PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paper for printing</source>
        <translation>Бумага для печати</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>A4 sheet</source>
        <translation>Лист A4</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>80 mm roll</source>
        <translation>Рулон 80 мм</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>58 mm roll</source>
        <translation>Рулон 58 мм</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Next patient (Enter)</source>
        <translation>Следующий пациент (Enter)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}, {time}</source>
        <translation>Чек {number}, {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Patient: {name}, ID number {number}</source>
        <translation>Пациент: {name}, идентификационный номер {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Identified by: {how}</source>
        <translation>Личность установлена: {how}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the state: {money}</source>
        <translation>Оплачено государством: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Paid by the patient: {money}</source>
        <translation>Оплачено пациентом: {money}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Dispensed by: {name}</source>
        <translation>Выдал(а): {name}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Reversed on {time} by {name}: {reason}. Nothing of it counts.</source>
        <translation>Отменено ({time}, {name}): {reason}. Эта выдача не учитывается.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>State price</source>
        <translation>Государственная цена</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Cost to the state</source>
        <translation>Оплачивает государство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Prescription {number}</source>
        <translation>Рецепт {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Packs: {serials}</source>
        <translation>Упаковки: {serials}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>supervisor override ({reason})</source>
        <translation>подтверждение руководителя ({reason})</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>ID number with face verification</source>
        <translation>идентификационный номер с проверкой лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Face-ID</source>
        <translation>Face-ID</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to print the receipt.</source>
        <translation>Войдите, чтобы напечатать чек.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Save the receipt as PDF</source>
        <translation>Сохранить чек в PDF</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Sign in to save the receipt.</source>
        <translation>Войдите, чтобы сохранить чек.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Receipt {number}</source>
        <translation>Чек {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>The receipt could not be saved as {path}. Choose another folder.</source>
        <translation>Не удалось сохранить чек как {path}. Выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/receipt.py"/>
        <source>Saved as {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>Reversal</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reversed by {name}: {reason}</source>
        <translation>Отменено ({name}): {reason}</translation>
    </message>
</context>
<context>
    <name>ReversalWordDialog</name>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a hand-out</source>
        <translation>Отмена выдачи лекарств</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse a meal</source>
        <translation>Отмена выдачи питания</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an aid's hand-over</source>
        <translation>Отмена выдачи технического средства</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>Reverse an act</source>
        <translation>Отмена записи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The medicines go back on the prescription and in stock.</source>
        <translation>Лекарства вернутся в рецепт и на склад.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The meal no longer counts; the student may be served again.</source>
        <translation>Питание не учитывается; ученику можно выдать его снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Выдача средства не учитывается; по тому же праву его можно выдать снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/reverse_act.py"/>
        <source>The act no longer counts.</source>
        <translation>Запись больше не учитывается.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check and submit</source>
        <translation>Проверка и подача</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Check the summary with the applicant, then submit.</source>
        <translation>Проверьте сводку вместе с заявителем, затем подайте заявление.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>This is a preliminary assessment: the registry makes the decision. Once submitted, the application cannot be changed; it is sent to the registry when the terminal is online.</source>
        <translation>Это предварительная оценка: решение принимает реестр. Поданное заявление изменить нельзя; оно уйдёт в реестр, когда терминал будет в сети.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Submit the application</source>
        <translation>Подать заявление</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>⚠ The applicant's face looks like {people}: the application goes to the registry flagged, for it to check who applies.</source>
        <translation>⚠ Лицо заявителя похоже на чужое ({people}): заявление уйдёт в реестр с отметкой, чтобы там проверили, кто его подаёт.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>✓ The applicant's face was checked: it looks like nobody else enrolled here.</source>
        <translation>✓ Лицо заявителя проверено: оно не похоже ни на одно другое лицо, сохранённое здесь.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>{applicant}, {benefit}. Family: {size} people. Incomes: {income} a month. Property: {assets}.</source>
        <translation>{applicant}, {benefit}. Семья: {size} чел. Доходы: {income} в месяц. Имущество: {assets}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Assessing…</source>
        <translation>Идёт оценка…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Flagged: this family may not receive these benefits.</source>
        <translation>Отмечено: эта семья не может получать такую помощь.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears to be eligible.</source>
        <translation>Похоже, семья имеет право на помощь.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>The family appears not to be eligible; it may still apply.</source>
        <translation>Похоже, у семьи нет права на помощь, но подать заявление она всё равно может.</translation>
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
        <translation>За: {reason}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/applications/review.py"/>
        <source>Against: {reason}</source>
        <translation>Против: {reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Nurse</source>
        <translation>Медсестра</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Canteen staff</source>
        <translation>Сотрудник столовой</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Field inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Social worker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor_pages.py"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
</context>
<context>
    <name>SentApplicationsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Sent applications</source>
        <translation>Поданные заявления</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Every application submitted on this terminal, the newest first.</source>
        <translation>Все заявления, поданные на этом терминале, сначала новые.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Find by the applicant's name or the number</source>
        <translation>Поиск по имени заявителя или номеру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>Open the application</source>
        <translation>Открыть заявление</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{number} · {applicant}
{benefit} · submitted {time}
{status}</source>
        <translation>{number} · {applicant}
{benefit} · подано {time}
{status}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>{application} · ⚠ the face looks like someone else's</source>
        <translation>{application} · ⚠ лицо похоже на чужое</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No sent application has this name or number.</source>
        <translation>Нет поданных заявлений с таким именем или номером.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sent_applications.py"/>
        <source>No application has been submitted on this terminal yet.</source>
        <translation>На этом терминале ещё не подано ни одного заявления.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Hamyon Terminal: set-up</source>
        <translation>Hamyon Terminal: настройка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Set up this terminal</source>
        <translation>Настройка терминала</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type the registry's address and the one-time code your registry team gave you.</source>
        <translation>Введите адрес реестра и одноразовый код, который вам дала команда реестра.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Registry address</source>
        <translation>Адрес реестра</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Enrollment code</source>
        <translation>Код подключения</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Open the demo site instead</source>
        <translation>Открыть демонстрационное учреждение</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Type both the address and the code.</source>
        <translation>Введите и адрес, и код.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Connecting to the registry and downloading this site …</source>
        <translation>Подключение к реестру и загрузка данных учреждения …</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/setup.py"/>
        <source>Preparing the demo site …</source>
        <translation>Подготовка демонстрационного учреждения …</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Who is working at this terminal?</source>
        <translation>Кто работает за этим терминалом?</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name, type your PIN and press Enter.</source>
        <translation>Выберите своё имя, введите PIN-код и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/signin.py"/>
        <source>Choose your name first.</source>
        <translation>Сначала выберите своё имя.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Sign in to print the slip.</source>
        <translation>Войдите, чтобы напечатать талон.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>The slip is sent to the printer.</source>
        <translation>Талон отправлен на принтер.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Applicant: {name}, ID number {number}</source>
        <translation>Заявитель: {name}, идентификационный номер {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Submitted on {date}</source>
        <translation>Дата подачи: {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Benefit asked for: {benefit}</source>
        <translation>Запрошенный вид помощи: {benefit}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Family members: {count}</source>
        <translation>Членов семьи: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Application for social support</source>
        <translation>Заявление на социальную помощь</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>quote the number above at {facility}, or to the social protection registry's help line. Keep this slip.</source>
        <translation>назовите номер, указанный выше, в учреждении «{facility}» или на горячей линии реестра социальной защиты. Сохраните этот талон.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Preliminary assessment:</source>
        <translation>Предварительная оценка:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>This is a preliminary assessment made at the office: the registry decides.</source>
        <translation>Это предварительная оценка, сделанная в учреждении: решение принимает реестр.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>Status on {date}:</source>
        <translation>Статус на {date}:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>What happens next:</source>
        <translation>Что дальше:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>To ask about the application:</source>
        <translation>Чтобы узнать о заявлении:</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>{status}. The registry's note: {note}</source>
        <translation>{status}. Примечание реестра: {note}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may not receive these benefits (see why below).</source>
        <translation>эта семья не может получать такую помощь (причины ниже).</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears to be eligible.</source>
        <translation>похоже, семья имеет право на помощь.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family appears not to be eligible; the registry still decides.</source>
        <translation>похоже, у семьи нет права на помощь; окончательно решает реестр.</translation>
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
        <translation>заявление уйдёт в реестр, как только терминал этого учреждения будет в сети. Реестр сверит данные семьи с данными других государственных органов и примет решение.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry checks the family's data with other state bodies and decides; the office tells the family of the decision.</source>
        <translation>реестр сверит данные семьи с данными других государственных органов и примет решение; учреждение сообщит семье о решении.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the benefit is paid as the registry's decision says.</source>
        <translation>помощь выплачивается согласно решению реестра.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the family may ask the office why, and apply again when its situation changes.</source>
        <translation>семья может узнать причину в учреждении и подать заявление снова, когда её положение изменится.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/application_slip.py"/>
        <source>the registry needs more from the family: come to the office with this slip.</source>
        <translation>реестру нужны дополнительные сведения от семьи: придите в учреждение с этим талоном.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Not connected to a registry</source>
        <translation>Не подключён к реестру</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>● Offline: work goes on, acts wait in the queue</source>
        <translation>● Нет сети: работа идёт, записи ждут в очереди</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Queue: {count}</source>
        <translation>Очередь: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Set aside: {count}</source>
        <translation>Отложено: {count}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Last sync: {time}</source>
        <translation>Синхронизация: {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Never synced</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>The data store of this terminal is damaged: new acts are refused. Ask IT to run 'hamyon store recover'; every act that can still be read is kept.</source>
        <translation>Хранилище данных этого терминала повреждено: новые записи не принимаются. Попросите IT-службу выполнить 'hamyon store recover'; все записи, которые ещё можно прочитать, сохранятся.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} ahead of the registry: set it right</source>
        <translation>Часы спешат на {amount} относительно реестра: поставьте их правильно</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/status_panel.py"/>
        <source>Clock {amount} behind the registry: set it right</source>
        <translation>Часы отстают от реестра на {amount}: поставьте их правильно</translation>
    </message>
</context>
<context>
    <name>StudentTile</name>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not eligible for free meals</source>
        <translation>Нет права на бесплатное питание</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>✓ Served at {time}</source>
        <translation>✓ Выдано в {time}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/roster_grid.py"/>
        <source>Not served yet</source>
        <translation>Ещё не выдано</translation>
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
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Supervisor's pages</source>
        <translation>Разделы руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Overrides</source>
        <translation>Подтверждения руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Meal reports</source>
        <translation>Отчёты о питании</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Sync problems</source>
        <translation>Проблемы синхронизации</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Today's acts</source>
        <translation>Записи за сегодня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/supervisor.py"/>
        <source>Spoken guidance</source>
        <translation>Голосовые подсказки</translation>
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
        <translation>Руководитель подтверждает это своим PIN-кодом. Записывается вместе с его именем и причиной.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's own PIN</source>
        <translation>Собственный PIN-код руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Supervisor's PIN</source>
        <translation>PIN-код руководителя</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason (written out)</source>
        <translation>Причина (напишите словами)</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>No other supervisor can sign in on this terminal.</source>
        <translation>На этом терминале нет другого руководителя, который может войти.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Choose the supervisor.</source>
        <translation>Выберите руководителя.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>The supervisor types their own PIN.</source>
        <translation>Руководитель вводит свой PIN-код.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/dialogs/supervisor_word.py"/>
        <source>Write the reason.</source>
        <translation>Напишите причину.</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicines handed out</source>
        <translation>Выдача лекарств</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School meal</source>
        <translation>Школьное питание</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Technical aid handed over</source>
        <translation>Выдано техническое средство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template enrolled</source>
        <translation>Сохранён шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template learned from a visit</source>
        <translation>Шаблон лица добавлен при посещении</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template removed</source>
        <translation>Удалён шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of an act</source>
        <translation>Отмена записи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Face template</source>
        <translation>Шаблон лица</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Stock delivery</source>
        <translation>Поставка</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Prescription</source>
        <translation>Рецепт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Meal session</source>
        <translation>Приём пищи</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Decision on an application</source>
        <translation>Решение по заявлению</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Entitlement to a technical aid</source>
        <translation>Право на техническое средство</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Reversal of a dispense or meal</source>
        <translation type="vanished">Отмена выдачи лекарств или питания</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Not sent or not applied</source>
        <translation>Не отправлено или не применено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Nothing here is lost: every act stays on this terminal. Quote the act's number to the registry's help desk; news the terminal could not apply is replaced when the registry sends it again.</source>
        <translation>Здесь ничего не потеряно: каждая запись остаётся на этом терминале. Сообщите номер записи в службу поддержки реестра; сведения, которые терминал не смог применить, заменятся, когда реестр пришлёт их снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Acts the registry did not take</source>
        <translation>Записи, которые реестр не принял</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None: every act was taken or is waiting in the queue.</source>
        <translation>Нет: каждая запись принята или ждёт в очереди.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>News from the registry not applied</source>
        <translation>Не применённые сведения из реестра</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Medicine packs handed out twice</source>
        <translation>Упаковки лекарств, выданные дважды</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>The registry found these packs handed out before, here or at another terminal: check the packs and the patients' receipts, and tell the registry's help desk the act's number.</source>
        <translation>Реестр обнаружил, что эти упаковки уже выдавались здесь или на другом терминале: проверьте упаковки и чеки пациентов и сообщите номер записи в службу поддержки реестра.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Details for the help desk</source>
        <translation>Подробности для службы поддержки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Handed out</source>
        <translation>Где выдана</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>Packs</source>
        <translation>Упаковки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at this terminal</source>
        <translation>на этом терминале</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/sync_problems_page.py"/>
        <source>at another terminal</source>
        <translation>на другом терминале</translation>
    </message>
</context>
<context>
    <name>TodaysActsPage</name>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Today's acts</source>
        <translation>Записи за сегодня</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Hand-outs, meals and aids recorded here today, newest first. Choose a mistaken one to reverse it.</source>
        <translation>Выдачи лекарств, питания и технических средств за сегодня на этом терминале, сначала новые. Выберите ошибочную, чтобы отменить её.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Nothing recorded here today.</source>
        <translation>Сегодня здесь ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reverse the chosen act…</source>
        <translation>Отменить выбранную запись…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Who</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>By</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Serial number: {serial}</source>
        <translation>Серийный номер: {serial}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>{time}, {what}: {who}, {details}</source>
        <translation>{time}, {what}: {who}, {details}</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The quantities are back on the prescription and in stock.</source>
        <translation>Отменено. Количества возвращены в рецепт и на склад.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The aid no longer counts; its entitlement can be handed over again.</source>
        <translation>Отменено. Выдача средства не учитывается; по тому же праву его можно выдать снова.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/todays_acts_page.py"/>
        <source>Reversed. The meal no longer counts; the student may be served again.</source>
        <translation>Отменено. Питание не учитывается; ученику можно выдать его снова.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Large text: on with Ctrl+Plus, off with Ctrl+Minus</source>
        <translation>Крупный текст: включить — Ctrl+Plus, выключить — Ctrl+Minus</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/main_window.py"/>
        <source>Help (F1)</source>
        <translation>Справка (F1)</translation>
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
        <translation>Без сети отнесите акты в реестр на флешке и привезите обратно его ответ. Файл запечатан: потерянная флешка ничего не раскроет. Акты остаются в очереди, пока не придёт ответ реестра, по сети или на флешке.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>&amp;Folder on the USB stick</source>
        <translation>&amp;Папка на флешке</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Folder on the USB stick</source>
        <translation>Папка на флешке</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Export to USB stick</source>
        <translation>Записать на флешку</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Import from USB stick</source>
        <translation>Загрузить с флешки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Choose the folder on the USB stick first.</source>
        <translation>Сначала выберите папку на флешке.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Writing the bundle…</source>
        <translation>Пакет записывается…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Applying the registry's answer…</source>
        <translation>Применяется ответ реестра…</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Written to the stick: {file} (acts: {acts}). Take it to the registry.</source>
        <translation>Записано на флешку: {file} (актов: {acts}). Отнесите её в реестр.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>The registry's answer is in. Acts answered: {acts}; changes applied: {changes}.</source>
        <translation>Ответ реестра получен. Актов с ответом: {acts}; применено изменений: {changes}.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/usb_stick_page.py"/>
        <source>Stopped. What was applied stays; import again to go on from there.</source>
        <translation>Остановлено. Применённое сохранено; загрузите снова, чтобы продолжить с этого места.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Spoken guidance</source>
        <translation>Голосовые подсказки</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>In the elderly mode (F7 on the Face-ID screen: large text and voice) this terminal says each Face-ID instruction aloud in the language of the window.</source>
        <translation>В режиме для пожилых (F7 на экране Face-ID: крупный текст и голос) этот терминал произносит вслух каждую подсказку Face-ID на языке окна.</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Speak the Face-ID instructions on this terminal</source>
        <translation>Произносить подсказки Face-ID на этом терминале</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>&amp;Loudness</source>
        <translation>&amp;Громкость</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Try the voice</source>
        <translation>Прослушать голос</translation>
    </message>
    <message>
        <location filename="../../terminal/ui/screens/voice_page.py"/>
        <source>Saved. The Face-ID screen speaks so from now on.</source>
        <translation>Сохранено. Экран Face-ID говорит так с этого момента.</translation>
    </message>
</context>
</TS>
