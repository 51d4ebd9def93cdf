# Справочник в консоли для кураторов и ссылка для входа в чате куратора.
curator-console-link = Ваша одноразовая ссылка в консоль Gza (работает один раз, несколько минут; не пересылайте её): { $link }
curator-console-off = Консоль для этого Gza не включена.
console-dir-link = Справочник
console-dir-nav = Справочник
console-dir-title = Справочник
console-dir-find-link = Поиск
console-dir-queue-link = Ждёт внимания
console-dir-new-link = Новая услуга
console-dir-import-link = Импорт и экспорт
console-dir-search-label = Найти услугу
console-dir-search = Искать
console-dir-search-hint = Часть названия (услуги или организации) на любом языке, id, город или потребность.
console-dir-found = Найдено: { $count }
console-dir-queue-title = Ждёт куратора
console-dir-reports-line = { $count ->
        [one] { $count } жалоба
        [few] { $count } жалобы
        [many] { $count } жалоб
       *[other] { $count } жалоб
    }, последняя { $day }
console-dir-verified-on = проверено { $day }
console-dir-no-service = Такой услуги нет в справочнике.
console-dir-id = Идентификатор (id)
console-dir-id-hint = Строчные латинские буквы, цифры и дефисы, например kutaisi-legal-aid. Потом его не изменить.
console-dir-open-reports = Открытые жалобы на неуважение
console-dir-edit = Изменить
console-dir-texts-caption = Тексты, все языки рядом
console-dir-language = Язык
console-dir-terms = Условия
console-dir-phones-hint = Один номер на строку, например +995 32 200 00 00.
console-dir-hours-hint = По строке на каждый ряд дней, например: mon-fri: 10:00-18:00 (дальше sat: 10:00-14:00 или daily: 24h). Пусто: в записи не указано.
console-dir-by-appointment = Только по записи (часы оставьте пустыми)
console-dir-new-location = Новое место
console-dir-new-location-hint = Только чтобы добавить место: укажите id и город; тогда услуга будет предлагаться и там.
console-dir-city = Город
console-dir-no-city = (нет)
console-dir-location-name = Название места
console-dir-location-address = Адрес
console-dir-location-texts = Название и адрес места
console-dir-saved = Сохранено. Бот уже предлагает это.
console-dir-added = Добавлено. Бот уже предлагает это.
console-dir-history = Изменения (журнал аудита)
console-dir-no-history = Изменений пока не записано.
console-dir-when = Когда
console-dir-who = Кто
console-dir-before = Было
console-dir-after = Стало
console-dir-problems = { $count ->
        [one] { $count } проблема; ничего не сохранено.
        [few] { $count } проблемы; ничего не сохранено.
        [many] { $count } проблем; ничего не сохранено.
       *[other] { $count } проблем; ничего не сохранено.
    }
console-dir-problems-caption = Что исправить
console-dir-problem-file = Файл
console-dir-problem-record = Запись или строка
console-dir-problem-field = Поле
console-dir-problem-message = Проблема
console-dir-new-title = Новая услуга
console-dir-organization-pick = В организации
console-dir-organization-new = Новая организация (описание ниже)
console-dir-organization-hint = Для новой организации заполните её id, название и описание; иначе оставьте пустыми.
console-dir-organization-id = Id новой организации
console-dir-organization-texts = Название и описание новой организации
console-dir-website = Сайт
console-dir-email = Эл. почта
console-dir-add = Добавить услугу
console-dir-import-title = Импорт и экспорт
console-dir-import-file = Файл
console-dir-import-hint = .zip с папкой справочника (yaml или hsds-csv) или один файл .json в hsds-json — как для gza directory import. Сначала файл только проверяется; ничего не меняется, пока вы не примените импорт.
console-dir-format = Формат
console-dir-format-detect = Определить
console-dir-import-check = Проверить (пробный прогон)
console-dir-import-checked = Проверено: пока ничего не изменилось
console-dir-import-done = Импортировано
console-dir-imported = Импорт записан. Бот уже предлагает новый справочник.
console-dir-import-added = Новые услуги
console-dir-import-changed = Изменённые услуги
console-dir-import-retired = Услуги, которые уйдут
console-dir-import-notes = Заметки
console-dir-import-apply = Применить этот импорт
console-dir-import-apply-hint = Весь справочник будет заменён проверенным файлом. Каждое изменение сохраняется в журнале аудита под вашим именем.
console-dir-import-empty = В файле нет ни одной услуги: импорт опустошил бы справочник, поэтому применить его нельзя.
console-dir-import-expired = Эта проверка устарела или не ваша. Загрузите файл ещё раз.
console-dir-import-no-file = Сначала выберите файл.
console-dir-import-not-zip = Загрузите .zip с папкой или файл .json.
console-dir-import-too-big = Файл слишком большой, чтобы распаковать его здесь. Используйте gza directory import на сервере.
console-dir-export-link = Экспортировать справочник
console-dir-export-title = Экспорт справочника
console-dir-export-hint = .zip в тех же форматах, что и gza directory export.
console-dir-export-as = Скачать как { $format }
console-dir-export-empty = Справочник пуст: экспортировать нечего.
console-dir-access-wheelchair = Доступ для коляски
console-dir-access-sign-language = Жестовый язык
console-dir-access-women-only = Только для женщин
console-dir-access-childcare = Присмотр за детьми на месте
console-dir-access-outreach = Сотрудники приходят к человеку
