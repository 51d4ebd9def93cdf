# Gza — русский (Russian). Каждый id из этого файла должен быть во всех локалях (это проверяет tests/test_locales.py).

## Названия языков: каждое на своём языке, одинаковые во всех локалях.
language-name-ka = ქართული
language-name-ru = Русский
language-name-en = English
language-name-az = Azərbaycan
language-name-hy = Հայերեն
language-name-uk = Українська
language-name-bg = Български

## Начало
start-choose-language = Здравствуйте. На каком языке вам удобнее?
start-privacy-note =
    Называть своё имя не нужно. Мы храним только ответы, которые вы выбираете кнопками, — под кодом, без сведений о том, кто вы, — и удаляем их через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
        [other] { $days } дня
    } после вашего последнего сообщения. То, что вы пишете команде, читают её сотрудники. /exit удаляет с вашего телефона сообщения этого чата за последние 48 часов (дальше Telegram не позволяет), а /forget стирает всё, что мы храним.
    Telegram может видеть чаты с ботами (в них нет сквозного шифрования), поэтому, пожалуйста, не пишите имена, адреса и то, что вы не хотели бы показывать другим.
start-privacy-ok = Хорошо, продолжить
start-ask-danger = Вам сейчас угрожает опасность?
start-danger-yes = Да, мне угрожает опасность
start-danger-no = Нет, сейчас нет
start-emergency =
    Если можете, позвоните сейчас:
    { $emergency_numbers }
    Сейчас это самый быстрый способ с кем-то связаться.

## Экстренные номера (сами номера берутся из конфигурации)
emergency-number-line = { $number } — { $label }
emergency-kind-general = экстренные службы (полиция, скорая помощь, пожарные)
emergency-kind-violence-hotline = круглосуточная горячая линия для людей, переживших насилие
emergency-kind-violence-helpline = горячая линия для людей, переживших насилие
emergency-kind-other = линия помощи

## Главное меню
menu-title = Чем мы можем помочь? Выберите один вариант.
menu-find-services = Найти службы помощи
menu-talk-to-person = Поговорить с человеком
menu-know-rights = Узнать свои права
menu-language = Язык

## Общие кнопки и строки
common-back = ‹ Назад
common-exit = Выйти
common-to-menu = Главное меню
common-exit-done = До свидания. Отправьте /start в любой момент, чтобы начать заново.
common-done = Готово ›
common-skip = Пропустить

## Разговор с человеком (передача сотрудникам)
handoff-waiting = Мы сообщили команде: человек напишет вам здесь, как только сможет. Вы уже можете написать своё сообщение.
handoff-closed-until =
    Команда сейчас не на связи. Мы снова будем здесь: { $when }. Вы можете оставить сообщение здесь, и его увидят.
    Если вам угрожает опасность:
    { $emergency_numbers }
handoff-unavailable =
    Поговорить с человеком здесь пока нельзя. Если помощь нужна сейчас:
    { $emergency_numbers }
handoff-already-open = Вы уже на связи с командой: просто пишите сюда.
handoff-ended = Разговор с командой завершён. Вы можете снова написать сюда в любое время.
handoff-unavailable-now = Этот разговор больше недоступен.
handoff-media-not-shown = (файл, который нельзя показать здесь)
handoff-not-forgotten = О вас не забыли: команда получила ваше сообщение, и вам напишут как можно скорее.
handoff-staff-edited = Исправленное сообщение ({ $alias }): { $text }

## Для сотрудников (группа сотрудников)
staff-card =
    Обращение { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· СРОЧНО
       *[no] {""}
    }
    Точка входа: { $entry }
    Запрос: { $needs }
    Ждёт с { $since }
    { $lock_screen }
staff-topic-name = { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· СРОЧНО
       *[no] {""}
    }
staff-take = Взять
staff-transfer = Передать
staff-close = Закрыть
staff-taken-by = Обращение взято в работу: { $alias }. Теперь ваши сообщения здесь получает человек, подпись: { $alias }. Строки, начинающиеся с //, остаются внутренними.
staff-already-taken = Это обращение уже ведёт { $alias }.
staff-not-staff = Это могут делать только сотрудники из списка персонала.
staff-not-your-bureau = Это обращение относится к другому бюро.
staff-take-first = Сначала возьмите обращение; до этого человеку ничего не отправляется.
staff-closed = Обращение закрыто ({ $outcome }) — { $alias }.
staff-close-how = Закройте с результатом: /close referred, /close info, /close no_response, /close emergency или /close other.
staff-person-left = Человек завершил разговор.
staff-person-edited = Человек изменил сообщение; новая версия ниже.
staff-person-back = Человек снова написал; обращение снова открыто.
staff-shift-on = { $alias } на смене. Новые обращения бюро { $bureau } будут ждать вас здесь.
staff-shift-off = { $alias } больше не на смене.
staff-shift-how = Используйте /shift on или /shift off.
staff-cases-none = Нет открытых обращений бюро { $bureau }.
staff-cases-line = { $code } · { $status } · { $minutes } мин{ $urgent ->
        [yes] {" "}· СРОЧНО
       *[no] {""}
    }
staff-transfer-how = Передать бюро или коллеге: /transfer { $choices }
staff-transferred = Обращение передано ({ $target }) — { $alias }.
staff-escalation = Обращение { $code } ждёт уже { $minutes } мин{ $urgent ->
        [yes] {" "}(СРОЧНО)
       *[no] {""}
    }. Дежурные супервизоры: { $supervisors }.

## Удаление всех данных (/forget)
forget-ask-confirm = Стереть всё, что мы о вас храним? Это нельзя отменить. Этот чат тоже будет удалён с вашего телефона — насколько это позволяет Telegram.
forget-yes = Да, стереть всё
forget-no = Нет, оставить
forget-done = Всё стёрто. Отправьте /start, если когда-нибудь захотите начать заново.

## Профиль бота и меню команд (Telegram показывает их вне разговора)
bot-short-description = Конфиденциальная помощь: найти доброжелательные службы, поговорить с человеком.
bot-description = Gza помогает найти бесплатные доброжелательные службы и поговорить с человеком на вашем языке. Называть имя не нужно.
bot-short-description-neutral = Информация и полезные советы на каждый день.
bot-description-neutral = Короткие ответы и полезная информация.
command-start = Начать заново
command-menu = Главное меню
command-exit = Выйти и очистить этот чат
command-forget = Стереть всё, что обо мне хранится

## Когда что-то не подходит
error-unexpected-input =
    Извините, я понимаю только кнопки, поэтому то, что вы написали, никто не прочитал. Пожалуйста, выберите ниже.
    Если вам угрожает опасность: { $emergency_number }
error-stale-button = Эта кнопка больше не работает. Вот где мы сейчас.
error-processing-failed = Извините, у нас что-то пошло не так. Пожалуйста, отправьте /start, чтобы продолжить.
error-slow-down = Пожалуйста, подождите немного, прежде чем отправлять ещё. Ваше место в разговоре сохранено.

## Страница веб-чата
web-title = Gza
web-input-placeholder = Напишите сообщение
web-send = Отправить
web-connecting = Подключение…
web-offline = Связь прервалась. Пробуем снова…
web-exit-note = Разговор удалён с этой страницы.

## Места (города справочника, places.yaml)

## Вопросы: любой вопрос можно пропустить
screen-ask-city =
    Где вы находитесь или где хотели бы получить помощь?
    Можно также отправить геопозицию (📎 → Геопозиция); мы используем её только для того, чтобы найти ближайший город.
screen-ask-needs = С чем вам нужна помощь? Выберите сколько угодно вариантов, затем нажмите «Готово» (или «Пропустить»).
need-legal = Юридическая помощь
need-medical = Медицинская помощь
need-testing = Тест на ВИЧ, гепатит, половые инфекции
need-harm-reduction = Снижение вреда, заместительная терапия
need-mental-health = Психологическая поддержка
need-shelter = Безопасное место для проживания
need-violence-support = Поддержка после насилия
need-documents-police = Документы, полиция
need-work-money = Работа и деньги
screen-ask-work = Работа и деньги: что поможет? Выберите сколько угодно вариантов, затем нажмите «Готово» (или «Пропустить»).
need-work-any = Всё о работе и деньгах
need-work-jobs = Работа или переобучение
need-work-finance = Финансы, сбережения, кредит
need-work-childcare = Присмотр за детьми
need-work-housing = Жильё
need-work-business = Открыть своё дело
need-work-mentoring = Наставник
need-lgbtqi-care = Помощь ЛГБТКИ+ и транс-людям
need-other = Другое
screen-ask-about =
    Если хотите, расскажите немного о себе: так мы сможем найти службы, где к таким людям, как вы, относятся с уважением. Выберите всё, что подходит, затем нажмите «Готово» (или «Пропустить»). Это анонимно.
group-women-who-use-drugs = Женщина, употребляющая наркотики
group-sex-workers = Секс-работница / секс-работник
group-violence-survivors = Человек, переживший насилие
group-lgbtqi = ЛГБТКИ+
group-displaced = Переселенка или пострадала от войны
screen-prefer-not = Предпочитаю не отвечать
screen-ask-language = На каком языке вам удобнее общаться со службой?
screen-language-mine = Язык этого чата
screen-language-any = Любой язык
screen-ask-prefs = Что-то ещё важно для вас? Выберите, что подходит, затем нажмите «Готово» (или «Пропустить»).
pref-free = Только бесплатно
pref-anonymous = Не называя имени

## Результаты
results-next = Что вы хотите сделать дальше?
results-more = Показать ещё
results-talk = Поговорить об этом с человеком
results-refine = Уточнить поиск
results-follow-up = Спросите меня позже, как всё прошло
results-found = { $count ->
        [one] По вашим ответам подходит эта служба:
        [few] По вашим ответам подходят эти службы:
        [many] По вашим ответам подходят эти службы:
       *[other] По вашим ответам подходят эти службы:
    }
results-widened-nearby = В выбранном городе ничего подходящего нет, поэтому вот что есть в соседних городах:
results-widened-filters = Ничего не подходит под все ваши условия. Вот что нашлось, если убрать часть условий:
results-widened-both = Здесь под все ваши условия ничего не подходит, поэтому вот что ближе всего к ним в соседних городах:
results-none =
    К сожалению, в справочнике пока нет ничего подходящего. Человек из нашей команды может помочь вам что-то найти: нажмите «Поговорить об этом с человеком».
results-no-more = Это всё, что подходит. Человек из нашей команды может помочь вам поискать дальше.

## Одна служба — карточка
card-title = { $number }. { $name } — { $organization }
card-example = (пример записи: это не настоящая служба)
card-why = ✓ { $reasons }
card-address = 📍 { $address }
card-map = { $url }
card-confidential = 📍 Адрес сообщают по телефону.
card-remote = 📞 По телефону или онлайн, из любого места.
card-phone = ☎ { $phones }
card-hours = 🕒 { $hours }
card-hours-unknown = 🕒 Часы работы уточняйте по телефону.
card-stale = ⚠ Эти сведения не проверялись больше года: пожалуйста, позвоните перед визитом.
card-open-now = сейчас открыто
card-closed-now = сейчас закрыто
card-fees = 💳 { $fees }
reason-need = { $need ->
        [legal] юридическая помощь
        [medical] медицинская помощь
        [testing] тестирование
        [harm_reduction] снижение вреда
        [mental_health] психологическая помощь
        [shelter] безопасное жильё
        [violence_support] поддержка после насилия
        [documents_police] документы и полиция
        [work_money] работа и деньги
        [work_jobs] работа и переобучение
        [work_finance] финансовая грамотность и кредит
        [work_childcare] присмотр за детьми
        [work_housing] жильё
        [work_business] своё дело
        [work_mentoring] наставничество
        [lgbtqi_care] помощь ЛГБТКИ+ и транс-людям
       *[other] помощь
    }
reason-city = в { $city }
reason-near = в { $km } км от вас
reason-remote = по телефону или онлайн
reason-language = { $language ->
        [ka] говорят по-грузински
        [ru] говорят по-русски
        [en] говорят по-английски
        [az] говорят по-азербайджански
        [hy] говорят по-армянски
        [uk] говорят по-украински
        [bg] говорят по-болгарски
       *[other] говорят на вашем языке
    }
reason-free = бесплатно
reason-anonymous = можно не называть имя
reason-friendly-to = { $group ->
        [women_who_use_drugs] доброжелательно относятся к женщинам, употребляющим наркотики
        [sex_workers] доброжелательно относятся к секс-работницам и секс-работникам
        [violence_survivors] есть опыт работы с людьми, пережившими насилие
        [lgbtqi] доброжелательно относятся к ЛГБТКИ+ людям
        [displaced] есть опыт работы с перемещёнными и пострадавшими от конфликта
       *[other] доброжелательно относятся к таким людям, как вы
    }
reason-open-now = сейчас открыто
reason-reported-friendly = люди говорят, что к ним отнеслись с уважением
reason-verified = проверено { $date }

## Повторный вопрос — только с согласия
followup-consent =
    Можно через { $followup_days ->
        [one] { $followup_days } день
        [few] { $followup_days } дня
       *[many] { $followup_days } дней
        [other] { $followup_days } дня
    } прислать вам одно короткое сообщение и спросить, как всё прошло? Пока вы не ответите, в нём будет только «Здравствуйте, это Gza». Если до этого вы воспользуетесь /exit или /forget, мы не напишем.
followup-consent-yes = Да, одно сообщение
followup-consent-no = Нет, спасибо
followup-agreed = Спасибо. Мы напишем один раз и больше никогда, если вы сами не попросите.
followup-web-unavailable = Веб-чат не может связаться с вами позже, поэтому здесь мы не будем присылать повторное сообщение. Вы можете вернуться в любое время.
followup-nothing = Пока спрашивать не о чем: сначала найдите службы, а потом мы сможем спросить, как всё прошло.
followup-hello = Здравствуйте, это Gza. Можно задать вам короткий вопрос?
followup-hello-yes = Да
followup-hello-no = Не сейчас
followup-which =
    Несколько дней назад вы смотрели здесь эти службы. С какой из них вы связались?
    { $followup_services }
followup-pick-1 = С первой
followup-pick-2 = Со второй
followup-pick-3 = С третьей
followup-pick-none = Ни с одной
followup-respect = К вам там отнеслись с уважением?
followup-respect-yes = Да
followup-respect-no = Нет
followup-thanks = Спасибо. Ваш ответ помогает другим находить службы, где к людям относятся хорошо.
followup-sorry =
    Нам очень жаль, что так произошло. Мы сообщим об этом тем, кто проверяет службы, не называя вас. Хотите поговорить с человеком?

## Кураторы: поддерживаем справочник в актуальном состоянии, в личном чате с ботом

curator-only = Это только для кураторов справочника.
curator-help =
    Ведение справочника.
    Чтобы найти службу, отправьте часть её названия на любом языке или её id.
    /queue: жалобы на неуважительное отношение и записи, которые не проверялись { $days } дн. и дольше.
    /cancel: прервать редактирование.
    /console: одноразовая ссылка на справочник в браузере.
curator-button-queue = Очередь
curator-found = Найдено: { $count }, показано: { $shown }. Выберите одну или добавьте слово, чтобы сузить поиск.
curator-found-none = По запросу «{ $query }» ничего не найдено. Попробуйте часть названия на любом языке или id.
curator-card =
    { $name } — { $organization }
    id: { $id }
    Статус: { $status }
    Проверено: { $verified } ({ $days ->
        [0] сегодня
        [one] { $days } дн. назад
        [few] { $days } дн. назад
        [many] { $days } дн. назад
       *[other] { $days } дн. назад
    })
    Телефоны: { $phones }
    Часы работы: { $hours }
    Языки: { $languages }
    Виды помощи: { $needs }
    Открытые жалобы на неуважение: { $reports }
curator-status-active = активна
curator-status-temporarily-closed = временно закрыта
curator-status-inactive = неактивна
curator-status-defunct = закрыта навсегда
curator-button-verify = ✓ Проверено сегодня
curator-button-close = Временно закрыта
curator-button-reopen = Открыть снова
curator-button-phone = ☎ Телефон
curator-button-hours = 🕒 Часы работы
curator-button-languages = 🗣 Языки
curator-button-seen = Жалобы разобраны
curator-button-save = Сохранить
curator-button-cancel = Отмена
curator-ask-phone = Отправьте новый номер телефона службы { $name }, например: +995 32 200 00 00. Сейчас: { $current }. /cancel — оставить как есть.
curator-bad-phone = «{ $value }» — это не номер телефона: используйте цифры, пробелы и + ( ) -, например +995 32 200 00 00. Попробуйте ещё раз или отправьте /cancel.
curator-ask-hours = Отправьте часы работы службы { $name }, например: пн-пт 10:00-18:00; сб 10:00-14:00. Или 24/7, или «по записи». Сейчас: { $current }. /cancel — оставить как есть.
curator-bad-hours = Не удалось разобрать часы работы ({ $reason }). Пишите так: пн-пт 10:00-18:00; сб 10:00-14:00. Попробуйте ещё раз или отправьте /cancel.
curator-ask-languages = На каких языках говорят в службе { $name }? Отметьте их и нажмите «Сохранить».
curator-no-languages = У службы должен быть хотя бы один язык: ничего не изменено.
curator-saved = Сохранено. { $field }: { $old } → { $new }
curator-nothing-changed = Ничего не изменилось.
curator-cancelled = Редактирование отменено, ничего не изменено.
curator-gone = Этой службы больше нет в справочнике.
curator-reports-seen = Жалобы отмечены как разобранные.
curator-queue-reports = Службы с жалобами на неуважение: { $count }
curator-queue-report-line = • { $name }: { $count } (последняя — { $day })
curator-queue-stale = Не проверялись { $days } дн. и дольше: { $count }
curator-queue-stale-line = • { $name }: проверено { $verified }
curator-queue-empty = Очередь пуста: открытых жалоб нет, и все записи проверены за последние { $days } дн.
curator-digest-title = Еженедельная проверка справочника.
curator-field-phones = Телефон
curator-field-hours = Часы работы
curator-field-languages = Языки
curator-field-status = Статус
curator-field-assured-date = Проверено
curator-field-name = Название
curator-field-description = Описание
curator-field-organization-id = Организация
curator-field-needs = Виды помощи
curator-field-friendly-to = Доброжелательны к
curator-field-free = Бесплатно
curator-field-anonymous = Анонимно
curator-field-fees-description = Оплата
curator-field-accessibility = Доступность
curator-field-location-ids = Адреса
curator-field-url = Сайт
curator-field-service = Служба
