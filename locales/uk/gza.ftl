# Gza — українська (Ukrainian). Кожен id з цього файлу має бути в усіх локалях (це перевіряє tests/test_locales.py).

## Назви мов: кожна своєю мовою, однакові в усіх локалях.
language-name-ka = ქართული
language-name-ru = Русский
language-name-en = English
language-name-az = Azərbaycan
language-name-hy = Հայերեն
language-name-uk = Українська
language-name-bg = Български

## Початок
start-choose-language = Вітаємо. Якою мовою вам зручніше?
start-privacy-note =
    Називати своє ім’я не потрібно. Ми зберігаємо ваші відповіді на кнопки під кодом, але ніколи — хто ви, і видаляємо їх через { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[many] { $days } днів
        [other] { $days } дня
    } після вашого останнього повідомлення; те, що ви пишете команді, читає команда. /exit прибирає цей чат з вашого телефона (Telegram дозволяє це за останні 48 годин), а /forget стирає все, що ми зберігаємо.
    Telegram може бачити чати з ботами (у них немає наскрізного шифрування), тож, будь ласка, не пишіть імен, адрес і того, що ви не хотіли б показувати іншим.
start-privacy-ok = Добре, продовжити
start-ask-danger = Вам зараз загрожує небезпека?
start-danger-yes = Так, мені загрожує небезпека
start-danger-no = Ні, зараз ні
start-emergency =
    Якщо можете, зателефонуйте зараз:
    { $emergency_numbers }
    Незабаром тут вам зможе написати людина з нашої команди. Зараз найшвидше зв’язатися з кимось можна за номерами вище.

## Екстрені номери (самі номери беруться з конфігурації)
emergency-number-line = { $number } — { $label }
emergency-kind-general = екстрені служби (поліція, швидка допомога, пожежна служба)
emergency-kind-violence-hotline = цілодобова гаряча лінія для людей, які пережили насильство
emergency-kind-other = лінія допомоги

## Головне меню
menu-title = Чим ми можемо допомогти? Оберіть один варіант.
menu-find-services = Знайти служби допомоги
menu-talk-to-person = Поговорити з людиною
menu-know-rights = Дізнатися свої права
menu-language = Мова
menu-find-services-soon =
    Незабаром тут можна буде знайти служби, які вам підходять.
    Якщо допомога потрібна зараз:
    { $emergency_numbers }
menu-know-rights-soon = Інформація про ваші права з’явиться незабаром. Дякуємо за терпіння.

## Спільні кнопки та рядки
common-back = ‹ Назад
common-exit = Вийти
common-to-menu = Головне меню
common-exit-done = До побачення. Надішліть /start будь-коли, щоб почати знову.

## Розмова з людиною (передавання працівникам)
handoff-waiting = Ми повідомили команду: людина напише вам тут, щойно зможе. Ви вже можете написати своє повідомлення.
handoff-closed-until =
    Команда зараз не на зв’язку. Ми знову будемо тут: { $when }. Ви можете залишити повідомлення тут, і його побачать.
    Якщо вам загрожує небезпека:
    { $emergency_numbers }
handoff-unavailable =
    Поговорити з людиною тут поки неможливо. Якщо допомога потрібна зараз:
    { $emergency_numbers }
handoff-already-open = Ви вже на зв’язку з командою: просто пишіть сюди.
handoff-ended = Розмову з командою завершено. Ви можете знову написати сюди будь-коли.
handoff-unavailable-now = Ця розмова більше недоступна.
handoff-media-not-shown = (файл, який не можна показати тут)
handoff-not-forgotten = Про вас не забули: команда отримала ваше повідомлення, і вам напишуть якомога швидше.
handoff-staff-edited = Виправлене повідомлення ({ $alias }): { $text }

## Для працівників (група працівників)
staff-card =
    Звернення { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· ТЕРМІНОВО
       *[no] {""}
    }
    Точка входу: { $entry }
    Чекає з { $since }
staff-topic-name = { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· ТЕРМІНОВО
       *[no] {""}
    }
staff-take = Взяти
staff-transfer = Передати
staff-close = Закрити
staff-taken-by = Звернення взято в роботу: { $alias }. Тепер ваші повідомлення тут отримує людина, підпис: { $alias }. Рядки, що починаються з //, залишаються внутрішніми.
staff-already-taken = Це звернення вже веде { $alias }.
staff-not-staff = Це можуть робити лише працівники зі списку персоналу.
staff-not-your-bureau = Це звернення належить іншому бюро.
staff-take-first = Спочатку візьміть звернення; доти людині нічого не надсилається.
staff-closed = Звернення закрито ({ $outcome }) — { $alias }.
staff-close-how = Закрийте з результатом: /close referred, /close info, /close no_response, /close emergency або /close other.
staff-person-left = Людина завершила розмову.
staff-person-edited = Людина змінила повідомлення; нова версія нижче.
staff-person-back = Людина знову написала; звернення знову відкрите.
staff-shift-on = { $alias } на зміні. Нові звернення бюро { $bureau } чекатимуть на вас тут.
staff-shift-off = { $alias } більше не на зміні.
staff-shift-how = Використовуйте /shift on або /shift off.
staff-cases-none = Немає відкритих звернень бюро { $bureau }.
staff-cases-line = { $code } · { $status } · { $minutes } хв{ $urgent ->
        [yes] {" "}· ТЕРМІНОВО
       *[no] {""}
    }
staff-transfer-how = Передати бюро або колезі: /transfer { $choices }
staff-transferred = Звернення передано ({ $target }) — { $alias }.
staff-escalation = Звернення { $code } чекає вже { $minutes } хв{ $urgent ->
        [yes] {" "}(ТЕРМІНОВО)
       *[no] {""}
    }. Чергові супервізори: { $supervisors }.

## Видалення всіх даних (/forget)
forget-ask-confirm = Стерти все, що ми про вас зберігаємо? Це неможливо скасувати. Цей чат також буде видалено з вашого телефона — наскільки це дозволяє Telegram.
forget-yes = Так, стерти все
forget-no = Ні, залишити
forget-done = Усе стерто. Надішліть /start, якщо колись захочете почати знову.

## Профіль бота і меню команд (Telegram показує їх поза розмовою)
bot-short-description = Конфіденційна допомога: знайти доброзичливі служби, поговорити з людиною.
bot-description = Gza допомагає знайти безкоштовні доброзичливі служби й поговорити з людиною вашою мовою. Називати ім’я не потрібно.
bot-short-description-neutral = Інформація та корисні поради на кожен день.
bot-description-neutral = Короткі відповіді та корисна інформація.
command-start = Почати знову
command-menu = Головне меню
command-exit = Вийти й очистити цей чат
command-forget = Стерти все, що про мене зберігається

## Коли щось не підходить
error-unexpected-input = Вибачте, тут я розумію лише кнопки. Будь ласка, оберіть одну з них нижче.
error-stale-button = Ця кнопка вже не працює. Ось де ми зараз.
error-processing-failed = Вибачте, у нас щось пішло не так. Будь ласка, надішліть /start, щоб продовжити.
error-slow-down = Будь ласка, зачекайте трохи, перш ніж надсилати ще. Ваше місце в розмові збережено.

## Сторінка вебчату
web-title = Gza — конфіденційна допомога
web-input-placeholder = Напишіть повідомлення
web-send = Надіслати
web-connecting = Підключення…
web-offline = Зв’язок перервався. Пробуємо знову…
web-exit-note = Розмову видалено з цієї сторінки.
