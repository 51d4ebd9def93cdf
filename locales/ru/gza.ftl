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
    Называть своё имя не нужно. Мы храним ваши ответы на кнопки под кодом, но никогда — кто вы, и удаляем их через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
        [other] { $days } дня
    } после вашего последнего сообщения; то, что вы пишете команде, читает команда. /exit убирает этот чат с вашего телефона (Telegram позволяет это за последние 48 часов), а /forget стирает всё, что мы храним.
    Telegram может видеть чаты с ботами (в них нет сквозного шифрования), поэтому, пожалуйста, не пишите имена, адреса и то, что вы не хотели бы показывать другим.
start-privacy-ok = Хорошо, продолжить
start-ask-danger = Вам сейчас угрожает опасность?
start-danger-yes = Да, мне угрожает опасность
start-danger-no = Нет, сейчас нет
start-emergency =
    Если можете, позвоните сейчас:
    { $emergency_numbers }
    Скоро здесь вам сможет написать человек из нашей команды. Сейчас быстрее всего связаться с кем-то можно по номерам выше.

## Экстренные номера (сами номера берутся из конфигурации)
emergency-number-line = { $number } — { $label }
emergency-kind-general = экстренные службы (полиция, скорая помощь, пожарные)
emergency-kind-violence-hotline = круглосуточная горячая линия для людей, переживших насилие
emergency-kind-other = линия помощи

## Главное меню
menu-title = Чем мы можем помочь? Выберите один вариант.
menu-find-services = Найти службы помощи
menu-talk-to-person = Поговорить с человеком
menu-know-rights = Узнать свои права
menu-language = Язык
menu-find-services-soon =
    Скоро здесь можно будет найти службы, которые вам подходят.
    Если помощь нужна сейчас:
    { $emergency_numbers }
menu-know-rights-soon = Информация о ваших правах скоро появится. Спасибо за терпение.

## Общие кнопки и строки
common-back = ‹ Назад
common-exit = Выйти
common-to-menu = Главное меню
common-exit-done = До свидания. Отправьте /start в любой момент, чтобы начать заново.

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
    Ждёт с { $since }
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
error-unexpected-input = Извините, здесь я понимаю только кнопки. Пожалуйста, выберите одну из них ниже.
error-stale-button = Эта кнопка больше не работает. Вот где мы сейчас.
error-processing-failed = Извините, у нас что-то пошло не так. Пожалуйста, отправьте /start, чтобы продолжить.
error-slow-down = Пожалуйста, подождите немного, прежде чем отправлять ещё. Ваше место в разговоре сохранено.

## Страница веб-чата
web-title = Gza — конфиденциальная помощь
web-input-placeholder = Напишите сообщение
web-send = Отправить
web-connecting = Подключение…
web-offline = Связь прервалась. Пробуем снова…
web-exit-note = Разговор удалён с этой страницы.
