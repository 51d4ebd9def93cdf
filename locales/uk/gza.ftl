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
    Називати своє ім’я не потрібно. Ми зберігаємо лише відповіді, які ви обираєте кнопками, — під кодом, без відомостей про те, хто ви, — і видаляємо їх через { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[many] { $days } днів
        [other] { $days } дня
    } після вашого останнього повідомлення. Те, що ви пишете команді, читають її працівники. /exit видаляє з вашого телефона повідомлення цього чату за останні 48 годин (більше Telegram не дозволяє), а /forget стирає все, що ми зберігаємо.
    Telegram може бачити чати з ботами (у них немає наскрізного шифрування), тож, будь ласка, не пишіть імен, адрес і того, що ви не хотіли б показувати іншим.
start-privacy-ok = Добре, продовжити
start-ask-danger = Вам зараз загрожує небезпека?
start-danger-yes = Так, мені загрожує небезпека
start-danger-no = Ні, зараз ні
start-emergency =
    Якщо можете, зателефонуйте зараз:
    { $emergency_numbers }
    Це найшвидший спосіб зв’язатися з кимось просто зараз.

## Екстрені номери (самі номери беруться з конфігурації)
emergency-number-line = { $number } — { $label }
emergency-kind-general = екстрені служби (поліція, швидка допомога, пожежна служба)
emergency-kind-violence-hotline = цілодобова гаряча лінія для людей, які пережили насильство
emergency-kind-violence-helpline = гаряча лінія для людей, які пережили насильство
emergency-kind-other = лінія допомоги

## Головне меню
menu-title = Чим ми можемо допомогти? Оберіть один варіант.
menu-find-services = Знайти служби допомоги
menu-talk-to-person = Поговорити з людиною
menu-know-rights = Дізнатися свої права
menu-language = Мова

## Спільні кнопки та рядки
common-back = ‹ Назад
common-exit = Вийти
common-to-menu = Головне меню
common-exit-done = До побачення. Надішліть /start будь-коли, щоб почати знову.
common-done = Готово ›
common-skip = Пропустити

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
    Потреби: { $needs }
    Чекає з { $since }
    { $lock_screen }
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
error-unexpected-input =
    Вибачте, я розумію лише кнопки, тож того, що ви написали, ніхто не прочитав. Будь ласка, оберіть нижче.
    Якщо вам загрожує небезпека: { $emergency_number }
error-stale-button = Ця кнопка вже не працює. Ось де ми зараз.
error-processing-failed = Вибачте, у нас щось пішло не так. Будь ласка, надішліть /start, щоб продовжити.
error-slow-down = Будь ласка, зачекайте трохи, перш ніж надсилати ще. Ваше місце в розмові збережено.

## Сторінка вебчату
web-title = Gza
web-input-placeholder = Напишіть повідомлення
web-send = Надіслати
web-connecting = Підключення…
web-offline = Зв’язок перервався. Пробуємо знову…
web-exit-note = Розмову видалено з цієї сторінки.

## Місця (міста довідника, places.yaml)

## Запитання: будь-яке можна пропустити
screen-ask-city =
    Де ви зараз або де хотіли б отримати допомогу?
    Можна також надіслати геопозицію (📎 → Геопозиція); ми використовуємо її лише для того, щоб знайти найближче місто.
screen-ask-needs = З чим вам потрібна допомога? Оберіть скільки завгодно варіантів, потім натисніть «Готово» (або «Пропустити»).
need-legal = Юридична допомога
need-medical = Медична допомога
need-testing = Тест на ВІЛ, гепатит, статеві інфекції
need-harm-reduction = Зменшення шкоди, замісна терапія
need-mental-health = Психологічна підтримка
need-shelter = Безпечне місце, де можна зупинитися
need-violence-support = Підтримка після насильства
need-documents-police = Документи, поліція
need-work-money = Робота і гроші
screen-ask-work = Робота і гроші: що допоможе? Оберіть скільки завгодно варіантів, потім натисніть «Готово» (або «Пропустити»).
need-work-any = Усе про роботу і гроші
need-work-jobs = Робота або перенавчання
need-work-finance = Фінанси, заощадження, кредит
need-work-childcare = Догляд за дітьми
need-work-housing = Житло
need-work-business = Започаткувати власну справу
need-work-mentoring = Наставниця або наставник
need-lgbtqi-care = Допомога ЛГБТКІ+ і транс-людям
need-other = Інше
screen-ask-about =
    Якщо хочете, розкажіть трохи про себе: так ми зможемо знайти служби, де до таких людей, як ви, ставляться з повагою. Оберіть усе, що підходить, потім натисніть «Готово» (або «Пропустити»). Це анонімно.
group-women-who-use-drugs = Жінка, яка вживає наркотики
group-sex-workers = Секс-працівниця / секс-працівник
group-violence-survivors = Людина, яка пережила насильство
group-lgbtqi = ЛГБТКІ+
group-displaced = Переселенка або постраждала від війни
screen-prefer-not = Волію не відповідати
screen-ask-language = Якою мовою вам зручніше спілкуватися зі службою?
screen-language-mine = Мова цього чату
screen-language-any = Будь-яка мова
screen-ask-prefs = Ще щось важливо для вас? Оберіть, що підходить, потім натисніть «Готово» (або «Пропустити»).
pref-free = Лише безкоштовно
pref-anonymous = Не називаючи імені

## Результати
results-next = Що ви хочете зробити далі?
results-more = Показати ще
results-talk = Поговорити про це з людиною
results-refine = Уточнити пошук
results-follow-up = Запитайте мене пізніше, як усе минуло
results-found = { $count ->
        [one] За вашими відповідями підходить ця служба:
        [few] За вашими відповідями підходять ці служби:
        [many] За вашими відповідями підходять ці служби:
       *[other] За вашими відповідями підходять ці служби:
    }
results-widened-nearby = В обраному місті нічого не знайшлося, тож ось що є в сусідніх містах:
results-widened-filters = Усім вашим умовам ніщо не відповідає, тож ось що підходить, якщо умов менше:
results-widened-both = Тут усім вашим умовам ніщо не відповідає, тож ось що найближче до них у сусідніх містах:
results-none =
    На жаль, у довіднику поки немає нічого відповідного. Людина з нашої команди може допомогти вам щось знайти: натисніть «Поговорити про це з людиною».
results-no-more = Це все, що підходить. Людина з нашої команди може допомогти вам пошукати далі.

## Одна служба — картка
card-title = { $number }. { $name } — { $organization }
card-example = (приклад запису: це не справжня служба)
card-why = ✓ { $reasons }
card-address = 📍 { $address }
card-map = { $url }
card-confidential = 📍 Адресу повідомляють телефоном.
card-remote = 📞 Телефоном або онлайн, з будь-якого місця.
card-phone = ☎ { $phones }
card-hours = 🕒 { $hours }
card-hours-unknown = 🕒 Години роботи уточнюйте телефоном.
card-stale = ⚠ Ці відомості не перевірялися понад рік: будь ласка, зателефонуйте перед візитом.
card-open-now = зараз відчинено
card-closed-now = зараз зачинено
card-fees = 💳 { $fees }
reason-need = { $need ->
        [legal] юридична допомога
        [medical] медична допомога
        [testing] тестування
        [harm_reduction] зменшення шкоди
        [mental_health] психологічна допомога
        [shelter] безпечне житло
        [violence_support] підтримка після насильства
        [documents_police] документи й поліція
        [work_money] робота і гроші
        [work_jobs] робота і перенавчання
        [work_finance] фінансова грамотність і кредит
        [work_childcare] догляд за дітьми
        [work_housing] житло
        [work_business] власна справа
        [work_mentoring] наставництво
        [lgbtqi_care] допомога ЛГБТКІ+ і транс-людям
       *[other] допомога
    }
reason-city = у місті { $city }
reason-near = за { $km } км від вас
reason-remote = телефоном або онлайн
reason-language = { $language ->
        [ka] розмовляють грузинською
        [ru] розмовляють російською
        [en] розмовляють англійською
        [az] розмовляють азербайджанською
        [hy] розмовляють вірменською
        [uk] розмовляють українською
        [bg] розмовляють болгарською
       *[other] розмовляють вашою мовою
    }
reason-free = безкоштовно
reason-anonymous = можна не називати ім’я
reason-friendly-to = { $group ->
        [women_who_use_drugs] доброзичливо ставляться до жінок, які вживають наркотики
        [sex_workers] доброзичливо ставляться до секс-працівниць і секс-працівників
        [violence_survivors] мають досвід роботи з людьми, які пережили насильство
        [lgbtqi] доброзичливо ставляться до ЛГБТКІ+ людей
        [displaced] мають досвід роботи з переміщеними та постраждалими від конфлікту
       *[other] доброзичливо ставляться до таких людей, як ви
    }
reason-open-now = зараз відчинено
reason-reported-friendly = люди кажуть, що до них поставилися з повагою
reason-verified = перевірено { $date }

## Повторне запитання — лише за згодою
followup-consent =
    Чи можемо ми через { $followup_days ->
        [one] { $followup_days } день
        [few] { $followup_days } дні
       *[many] { $followup_days } днів
        [other] { $followup_days } дня
    } надіслати вам одне коротке повідомлення, щоб запитати, як усе минуло? Доки ви не відповісте, у ньому буде лише «Вітаємо, це Gza». Якщо до того часу ви скористаєтеся /exit або /forget, ми не напишемо.
followup-consent-yes = Так, одне повідомлення
followup-consent-no = Ні, дякую
followup-agreed = Дякуємо. Ми напишемо один раз і більше ніколи, хіба що ви самі попросите.
followup-web-unavailable = Вебчат не може зв’язатися з вами пізніше, тому тут ми не надсилатимемо повторного повідомлення. Ви можете повернутися будь-коли.
followup-nothing = Поки немає про що питати: спочатку знайдіть служби, а потім ми зможемо запитати, як усе минуло.
followup-hello = Вітаємо, це Gza. Можна поставити вам коротке запитання?
followup-hello-yes = Так
followup-hello-no = Не зараз
followup-which =
    Кілька днів тому ви переглядали тут ці служби. З якою з них ви зв’язалися?
    { $followup_services }
followup-pick-1 = З першою
followup-pick-2 = З другою
followup-pick-3 = З третьою
followup-pick-none = З жодною
followup-respect = Чи ставилися до вас там із повагою?
followup-respect-yes = Так
followup-respect-no = Ні
followup-thanks = Дякуємо. Ваша відповідь допомагає іншим знаходити служби, де до людей ставляться добре.
followup-sorry =
    Нам дуже шкода, що так сталося. Ми повідомимо про це тих, хто перевіряє служби, не називаючи вас. Хочете поговорити з людиною?

## Куратори: підтримуємо довідник в актуальному стані, в особистому чаті з ботом

curator-only = Це лише для кураторів довідника.
curator-help =
    Ведення довідника.
    Щоб знайти службу, надішліть частину її назви будь-якою мовою або її id.
    /queue: скарги на неповажне ставлення і записи, які не перевірялися { $days } дн. і довше.
    /cancel: перервати редагування.
    /console: одноразове посилання на довідник у браузері.
curator-button-queue = Черга
curator-found = Знайдено: { $count }, показано: { $shown }. Оберіть одну або додайте слово, щоб звузити пошук.
curator-found-none = За запитом «{ $query }» нічого не знайдено. Спробуйте частину назви будь-якою мовою або id.
curator-card =
    { $name } — { $organization }
    id: { $id }
    Статус: { $status }
    Перевірено: { $verified } ({ $days ->
        [0] сьогодні
        [one] { $days } дн. тому
        [few] { $days } дн. тому
        [many] { $days } дн. тому
       *[other] { $days } дн. тому
    })
    Телефони: { $phones }
    Години роботи: { $hours }
    Мови: { $languages }
    Види допомоги: { $needs }
    Відкриті скарги на неповагу: { $reports }
curator-status-active = активна
curator-status-temporarily-closed = тимчасово не працює
curator-status-inactive = неактивна
curator-status-defunct = закрита назавжди
curator-button-verify = ✓ Перевірено сьогодні
curator-button-close = Тимчасово не працює
curator-button-reopen = Знову відкрити
curator-button-phone = ☎ Телефон
curator-button-hours = 🕒 Години роботи
curator-button-languages = 🗣 Мови
curator-button-seen = Скарги розглянуто
curator-button-save = Зберегти
curator-button-cancel = Скасувати
curator-ask-phone = Надішліть новий номер телефону служби { $name }, наприклад: +995 32 200 00 00. Зараз: { $current }. /cancel — залишити як є.
curator-bad-phone = «{ $value }» — це не номер телефону: використовуйте цифри, пробіли і + ( ) -, наприклад +995 32 200 00 00. Спробуйте ще раз або надішліть /cancel.
curator-ask-hours = Надішліть години роботи служби { $name }, наприклад: пн-пт 10:00-18:00; сб 10:00-14:00. Або 24/7, або «за записом». Зараз: { $current }. /cancel — залишити як є.
curator-bad-hours = Не вдалося розібрати години роботи ({ $reason }). Пишіть так: пн-пт 10:00-18:00; сб 10:00-14:00. Спробуйте ще раз або надішліть /cancel.
curator-ask-languages = Якими мовами розмовляють у службі { $name }? Позначте їх і натисніть «Зберегти».
curator-no-languages = У служби має бути принаймні одна мова: нічого не змінено.
curator-saved = Збережено. { $field }: { $old } → { $new }
curator-nothing-changed = Нічого не змінилося.
curator-cancelled = Редагування скасовано, нічого не змінено.
curator-gone = Цієї служби вже немає в довіднику.
curator-reports-seen = Скарги позначено як розглянуті.
curator-queue-reports = Служби зі скаргами на неповагу: { $count }
curator-queue-report-line = • { $name }: { $count } (остання — { $day })
curator-queue-stale = Не перевірялися { $days } дн. і довше: { $count }
curator-queue-stale-line = • { $name }: перевірено { $verified }
curator-queue-empty = Черга порожня: відкритих скарг немає, і всі записи перевірено за останні { $days } дн.
curator-digest-title = Щотижнева перевірка довідника.
curator-field-phones = Телефон
curator-field-hours = Години роботи
curator-field-languages = Мови
curator-field-status = Статус
curator-field-assured-date = Перевірено
curator-field-name = Назва
curator-field-description = Опис
curator-field-organization-id = Організація
curator-field-needs = Види допомоги
curator-field-friendly-to = Доброзичливі до
curator-field-free = Безкоштовно
curator-field-anonymous = Анонімно
curator-field-fees-description = Оплата
curator-field-accessibility = Доступність
curator-field-location-ids = Адреси
curator-field-url = Сайт
curator-field-service = Служба
