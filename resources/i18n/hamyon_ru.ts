<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>core</name>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>Something went wrong.</source>
        <extracomment>An error message (terminal.core.errors.HamyonError).</extracomment>
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
        <source>The data store at {path} was written by a newer Hamyon version: update this terminal.</source>
        <extracomment>An error message (terminal.core.errors.StoreTooNew).</extracomment>
        <translation>Хранилище данных ({path}) записано более новой версией Hamyon: обновите этот терминал.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/errors.py"/>
        <source>This terminal is not set up yet: run 'hamyon setup' or 'hamyon demo' first.</source>
        <extracomment>An error message (terminal.core.errors.SiteNotSetUp).</extracomment>
        <translation>Терминал ещё не настроен: сначала выполните 'hamyon setup' или 'hamyon demo'.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/operators.py"/>
        <source>The name or PIN is not right. Try again, or ask a supervisor.</source>
        <extracomment>An error message (terminal.core.operators.SignInFailed).</extracomment>
        <translation>Неверное имя или PIN-код. Попробуйте ещё раз или обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/pdf.py"/>
        <source>No font for printing was found (DejaVu Sans): install fonts-dejavu-core.</source>
        <extracomment>An error message (terminal.core.pdf.FontMissing).</extracomment>
        <translation>Не найден шрифт для печати (DejaVu Sans): установите пакет fonts-dejavu-core.</translation>
    </message>
    <message>
        <location filename="../../terminal/core/simulate.py"/>
        <source>Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.</source>
        <extracomment>An error message (terminal.core.simulate.NothingToSimulate).</extracomment>
        <translation>Нечего моделировать для «{what}»: в этом учреждении нет для этого операторов, школ или лекарств.</translation>
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
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it was cancelled</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>он отменён</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it expired on {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>срок его действия истёк {date}</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>it is valid only from {date}</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>он действует только с {date}</translation>
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
        <source>unknown identification method '{method}'</source>
        <extracomment>Words of the core; often a {reason} that fills a placeholder of another core message.</extracomment>
        <translation>неизвестный способ установления личности «{method}»</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a supervisor</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>для подтверждения вручную нужен руководитель</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>the overriding supervisor is not known</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>подтверждающий руководитель неизвестен</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <location filename="../../terminal/core/roles.py"/>
        <source>override an identification</source>
        <extracomment>Fills {action} in “Your role ({role}) may not {action}. Ask a supervisor.”
A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>подтверждать личность вручную</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>an override needs a written reason</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>для подтверждения вручную нужна письменная причина</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>a supervisor and reason belong only to an override</source>
        <extracomment>Fills {reason} in “The citizen must be identified first: {reason}.”</extracomment>
        <translation>руководитель и причина указываются только при подтверждении вручную</translation>
    </message>
    <message>
        <location filename="../../terminal/core/dispensing.py"/>
        <source>medicines</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
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
        <source>period</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>период</translation>
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
        <location filename="../../terminal/core/receipts.py"/>
        <source>receipt</source>
        <extracomment>Fills {field} in “{field}: {reason}.”</extracomment>
        <translation>квитанция</translation>
    </message>
    <message>
        <location filename="../../terminal/core/receipts.py"/>
        <source>no dispense with this number</source>
        <extracomment>Fills {reason} in “{field}: {reason}.”</extracomment>
        <translation>нет выдачи с таким номером</translation>
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
        <source>supervisor</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
        <source>dispense medicines</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.
Fills {what} in “Nothing to simulate for “{what}”: this site has no operators, schools or medicines for it.”</extracomment>
        <translation>выдавать лекарства</translation>
    </message>
    <message>
        <location filename="../../terminal/core/roles.py"/>
        <location filename="../../terminal/core/simulate.py"/>
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
        <source>register applications</source>
        <extracomment>A word or phrase of the core; it fills a {placeholder} of another core message.</extracomment>
        <translation>регистрировать заявления</translation>
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
        <source>it holds tables of another program</source>
        <extracomment>Fills {reason} in “The data store at {path} is damaged or is not a Hamyon store: {reason}.”</extracomment>
        <translation>в нём таблицы другой программы</translation>
    </message>
    <message>
        <location filename="../../biometrics/enrollment.py"/>
        <source>the pictures do not all show the same person: start again</source>
        <extracomment>Fills {reason} in “The face could not be enrolled: {reason}.”</extracomment>
        <translation>на снимках не один и тот же человек: начните заново</translation>
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
        <source>the file is empty</source>
        <extracomment>Fills {reason} in “{name} cannot be used as a picture: {reason}.”</extracomment>
        <translation>файл пуст</translation>
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
        <location filename="../../biometrics/liveness.py"/>
        <source>a different face came into view: start again</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>в кадре появилось другое лицо: начните заново</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the person responded as asked</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>человек сделал то, что просили</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>no blink was seen in time: a photo or a screen cannot blink</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>моргание не замечено вовремя: фото или экран не могут моргать</translation>
    </message>
    <message>
        <location filename="../../biometrics/liveness.py"/>
        <source>the head did not turn as asked in time: a photo or a screen cannot turn</source>
        <extracomment>Why the check for a live person ended; fills {reason} in the window's message.</extracomment>
        <translation>голова не повернулась вовремя: фото или экран не могут поворачиваться</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the face_recognition_models package is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>пакет face_recognition_models не установлен</translation>
    </message>
    <message>
        <location filename="../../biometrics/models.py"/>
        <source>the dlib library is not installed</source>
        <extracomment>Fills {detail} in “The face models are not installed ({detail}). Reinstall Hamyon Terminal.”</extracomment>
        <translation>библиотека dlib не установлена</translation>
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
        <source>it is not a video this terminal can play</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>этот терминал не может воспроизвести это видео</translation>
    </message>
    <message>
        <location filename="../../biometrics/sources.py"/>
        <source>the folder does not exist</source>
        <extracomment>Fills {hint} in “{source} was not found: {hint}.”</extracomment>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <location filename="../../biometrics/templates.py"/>
        <source>it is not a list of numbers</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>это не список чисел</translation>
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
        <source>one holds a value that is not a finite number</source>
        <extracomment>Fills {reason} in “A face template must be 128 finite numbers: {reason}.”</extracomment>
        <translation>в одном из них есть значение, которое не является конечным числом</translation>
    </message>
    <message>
        <location filename="../../sync/client/enroll.py"/>
        <source>acts recorded offline</source>
        <extracomment>Fills {facility} in “This home already holds a site that is not from a registry ({facility}); use an empty --home.”</extracomment>
        <translation>записи, сделанные без сети</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>a page of changes without changes or cursor</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>страница изменений без изменений или курсора</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no answer in time</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>ответ не пришёл вовремя</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>no connection</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>нет соединения</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>the answer was cut off</source>
        <extracomment>Fills {reason} in “The registry at {url} cannot be reached ({reason}). The terminal keeps working offline.”</extracomment>
        <translation>ответ оборвался</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>server error</source>
        <extracomment>Fills {reason} in “The registry answered with an error ({status}: {reason}). It will be tried again.”</extracomment>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <location filename="../../sync/client/link.py"/>
        <source>this terminal is not enrolled</source>
        <extracomment>Fills {reason} in “The registry refused the request: {reason}”</extracomment>
        <translation>этот терминал не зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is damaged</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>тело gzip повреждено</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>too many</source>
        <extracomment>Fills {count} in “The batch holds {count} acts; the registry takes at most {limit} at once.”</extracomment>
        <translation>слишком много</translation>
    </message>
    <message>
        <location filename="../../sync/server/app.py"/>
        <source>the gzip body is truncated</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>тело gzip обрезано</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the device, time, nonce and signature headers are required</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>нужны заголовки устройства, времени, nonce и подписи</translation>
    </message>
    <message>
        <location filename="../../sync/server/auth.py"/>
        <source>the time header is not an ISO 8601 time with an offset</source>
        <extracomment>Fills {reason} in “The request is malformed: {reason}.”</extracomment>
        <translation>заголовок времени — не время ISO 8601 со смещением</translation>
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
</context>
</TS>
