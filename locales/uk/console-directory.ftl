# Довідник у консолі для кураторів і посилання для входу в чаті куратора.
curator-console-link = Ваше одноразове посилання до консолі Gza (працює один раз, кілька хвилин; не пересилайте його): { $link }
curator-console-off = Консоль для цього Gza не ввімкнено.
console-dir-link = Довідник
console-dir-nav = Довідник
console-dir-title = Довідник
console-dir-find-link = Пошук
console-dir-queue-link = Чекає уваги
console-dir-new-link = Нова послуга
console-dir-import-link = Імпорт і експорт
console-dir-search-label = Знайти послугу
console-dir-search = Шукати
console-dir-search-hint = Частина назви (послуги чи організації) будь-якою мовою, id, місто або потреба.
console-dir-found = Знайдено: { $count }
console-dir-queue-title = Чекає на куратора
console-dir-reports-line = { $count ->
        [one] { $count } скарга
        [few] { $count } скарги
        [many] { $count } скарг
       *[other] { $count } скарг
    }, остання { $day }
console-dir-verified-on = перевірено { $day }
console-dir-no-service = Такої послуги немає в довіднику.
console-dir-id = Ідентифікатор (id)
console-dir-id-hint = Малі латинські літери, цифри й дефіси, наприклад kutaisi-legal-aid. Потім його не змінити.
console-dir-open-reports = Відкриті скарги на неповагу
console-dir-edit = Змінити
console-dir-texts-caption = Тексти, усі мови поруч
console-dir-language = Мова
console-dir-terms = Умови
console-dir-phones-hint = Один номер на рядок, наприклад +995 32 200 00 00.
console-dir-hours-hint = Рядок на кожен ряд днів, наприклад: mon-fri: 10:00-18:00 (далі sat: 10:00-14:00 або daily: 24h). Порожньо: у записі не вказано.
console-dir-by-appointment = Лише за записом (години залиште порожніми)
console-dir-new-location = Нове місце
console-dir-new-location-hint = Лише щоб додати місце: вкажіть id і місто; тоді послугу пропонуватимуть і там.
console-dir-city = Місто
console-dir-no-city = (немає)
console-dir-location-name = Назва місця
console-dir-location-address = Адреса
console-dir-location-texts = Назва й адреса місця
console-dir-saved = Збережено. Бот уже пропонує це.
console-dir-added = Додано. Бот уже пропонує це.
console-dir-history = Зміни (журнал аудиту)
console-dir-no-history = Змін поки не записано.
console-dir-when = Коли
console-dir-who = Хто
console-dir-before = Було
console-dir-after = Стало
console-dir-problems = { $count ->
        [one] { $count } проблема; нічого не збережено.
        [few] { $count } проблеми; нічого не збережено.
        [many] { $count } проблем; нічого не збережено.
       *[other] { $count } проблем; нічого не збережено.
    }
console-dir-problems-caption = Що виправити
console-dir-problem-file = Файл
console-dir-problem-record = Запис або рядок
console-dir-problem-field = Поле
console-dir-problem-message = Проблема
console-dir-new-title = Нова послуга
console-dir-organization-pick = В організації
console-dir-organization-new = Нова організація (опис нижче)
console-dir-organization-hint = Для нової організації заповніть її id, назву й опис; інакше залиште порожніми.
console-dir-organization-id = Id нової організації
console-dir-organization-texts = Назва й опис нової організації
console-dir-website = Сайт
console-dir-email = Ел. пошта
console-dir-add = Додати послугу
console-dir-import-title = Імпорт і експорт
console-dir-import-file = Файл
console-dir-import-hint = .zip із текою довідника (yaml або hsds-csv) чи один файл .json у hsds-json — як для gza directory import. Спершу файл лише перевіряється; нічого не зміниться, доки ви не застосуєте імпорт.
console-dir-format = Формат
console-dir-format-detect = Визначити
console-dir-import-check = Перевірити (пробний прогін)
console-dir-import-checked = Перевірено: поки нічого не змінилося
console-dir-import-done = Імпортовано
console-dir-imported = Імпорт записано. Бот уже пропонує новий довідник.
console-dir-import-added = Нові послуги
console-dir-import-changed = Змінені послуги
console-dir-import-retired = Послуги, які зникнуть
console-dir-import-notes = Примітки
console-dir-import-apply = Застосувати цей імпорт
console-dir-import-apply-hint = Увесь довідник буде замінено перевіреним файлом. Кожну зміну збережено в журналі аудиту під вашим іменем.
console-dir-import-empty = У файлі немає жодної послуги: імпорт спорожнив би довідник, тому застосувати його не можна.
console-dir-import-expired = Ця перевірка застаріла або не ваша. Завантажте файл ще раз.
console-dir-import-no-file = Спершу виберіть файл.
console-dir-import-not-zip = Завантажте .zip із текою або файл .json.
console-dir-import-too-big = Файл завеликий, щоб розпакувати його тут. Скористайтеся gza directory import на сервері.
console-dir-export-link = Експортувати довідник
console-dir-export-title = Експорт довідника
console-dir-export-hint = .zip у тих самих форматах, що й gza directory export.
console-dir-export-as = Завантажити як { $format }
console-dir-export-empty = Довідник порожній: експортувати нічого.
console-dir-access-wheelchair = Доступ для візка
console-dir-access-sign-language = Жестова мова
console-dir-access-women-only = Лише для жінок
console-dir-access-childcare = Догляд за дітьми на місці
console-dir-access-outreach = Працівники приходять до людини
