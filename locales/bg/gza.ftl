# Gza — български (Bulgarian). Всеки id от този файл трябва да съществува във всички локали (проверява го tests/test_locales.py).

## Имена на езиците: всяко на собствения си език, еднакви във всички локали.
language-name-ka = ქართული
language-name-ru = Русский
language-name-en = English
language-name-az = Azərbaycan
language-name-hy = Հայերեն
language-name-uk = Українська
language-name-bg = Български

## Начало
start-choose-language = Здравейте. Кой език предпочитате?
start-privacy-note =
    Не е нужно да казвате името си. Пазим само отговорите, които избирате с бутоните, под код — никога кои сте — и ги изтриваме { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    } след последното ви съобщение. Това, което пишете на екипа, го чете екипът. /exit изтрива от телефона ви съобщенията от този чат за последните 48 часа (Telegram не позволява повече), а /forget изтрива всичко, което пазим.
    Telegram може да вижда чатовете с ботове (те не са криптирани от край до край), затова, моля, не пишете имена, адреси или неща, които не бихте искали някой да прочете.
start-privacy-ok = Добре, продължаваме
start-ask-danger = В опасност ли сте в момента?
start-danger-yes = Да, в опасност съм
start-danger-no = Не, не в момента
start-emergency =
    Ако можете, обадете се сега:
    { $emergency_numbers }
    Това е най-бързият начин да се свържете с някого в момента.

## Спешни номера (самите номера идват от конфигурацията)
emergency-number-line = { $number } — { $label }
emergency-kind-general = спешни служби (полиция, линейка, пожарна)
emergency-kind-violence-hotline = денонощна гореща линия за хора, преживели насилие
emergency-kind-violence-helpline = гореща линия за хора, преживели насилие
emergency-kind-other = линия за помощ

## Главно меню
menu-title = Как можем да помогнем? Изберете едно от следните.
menu-find-services = Намиране на услуги
menu-talk-to-person = Разговор с човек
menu-know-rights = Вашите права
menu-language = Език

## Общи бутони и редове
common-back = ‹ Назад
common-exit = Изход
common-to-menu = Главно меню
common-exit-done = Довиждане. Изпратете /start по всяко време, за да започнете отначало.
common-done = Готово ›
common-skip = Пропускане

## Разговор с човек (предаване към екипа)
handoff-waiting = Уведомихме екипа: човек ще ви пише тук веднага щом може. Вече можете да напишете съобщението си.
handoff-closed-until =
    В момента екипът не е на разположение. Отново ще бъдем тук: { $when }. Можете да оставите съобщението си тук и екипът ще го види.
    Ако сте в опасност:
    { $emergency_numbers }
handoff-unavailable =
    Разговорът с човек все още не е достъпен тук. Ако имате нужда от помощ сега:
    { $emergency_numbers }
handoff-already-open = Вече сте свързани с екипа: просто пишете тук.
handoff-ended = Разговорът с екипа приключи. Можете да пишете отново тук по всяко време.
handoff-unavailable-now = Този разговор вече не е достъпен.
handoff-media-not-shown = (файл, който не може да бъде показан тук)
handoff-not-forgotten = Не сте забравени: екипът получи съобщението ви и човек от екипа ще ви пише възможно най-скоро.
handoff-staff-edited = Поправено съобщение ({ $alias }): { $text }

## За служителите (групата на служителите)
staff-card =
    Случай { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· СПЕШНО
       *[no] {""}
    }
    Входна точка: { $entry }
    Нужди: { $needs }
    Чака от { $since }
    { $lock_screen }
staff-topic-name = { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· СПЕШНО
       *[no] {""}
    }
staff-take = Поемане
staff-transfer = Прехвърляне
staff-close = Затваряне
staff-taken-by = { $alias } пое този случай. Отсега написаното тук стига до човека, подписано като „{ $alias }“. Редовете, започващи с //, остават вътрешни.
staff-already-taken = { $alias } вече води този случай.
staff-not-staff = Само служители от списъка на персонала могат да правят това.
staff-not-your-bureau = Този случай е на друго бюро.
staff-take-first = Първо поемете случая; дотогава нищо не се изпраща на човека.
staff-closed = Случаят е затворен ({ $outcome }) от { $alias }.
staff-close-how = Затворете с резултат: /close referred, /close info, /close no_response, /close emergency или /close other.
staff-person-left = Човекът прекрати разговора.
staff-person-edited = Човекът редактира съобщение; новата версия следва.
staff-person-back = Човекът писа отново; случаят отново е отворен.
staff-shift-on = { $alias } е на смяна. Новите случаи на бюро { $bureau } ще ви чакат тук.
staff-shift-off = { $alias } вече не е на смяна.
staff-shift-how = Използвайте /shift on или /shift off.
staff-cases-none = Няма отворени случаи за бюро { $bureau }.
staff-cases-line = { $code } · { $status } · { $minutes } мин{ $urgent ->
        [yes] {" "}· СПЕШНО
       *[no] {""}
    }
staff-transfer-how = Прехвърляне към бюро или колега: /transfer { $choices }
staff-transferred = Случаят е прехвърлен към { $target } от { $alias }.
staff-escalation = Случай { $code } чака от { $minutes } мин{ $urgent ->
        [yes] {" "}(СПЕШНО)
       *[no] {""}
    }. Дежурни супервайзори: { $supervisors }.

## Изтриване на всичко (/forget)
forget-ask-confirm = Да изтрием ли всичко, което пазим за вас? Това не може да бъде отменено. Този чат също ще бъде премахнат от телефона ви, доколкото Telegram позволява.
forget-yes = Да, изтрий всичко
forget-no = Не, нека остане
forget-done = Всичко е изтрито. Изпратете /start, ако някога пожелаете да започнете отначало.

## Профил на бота и меню с команди (Telegram ги показва извън разговора)
bot-short-description = Поверителна помощ: услуги с добро отношение и разговор с човек.
bot-description = Gza ви помага да намерите безплатни услуги с добро отношение и да разговаряте с човек на вашия език. Не е нужно да казвате името си.
bot-short-description-neutral = Информация и полезни съвети за всеки ден.
bot-description-neutral = Кратки отговори и полезна информация.
command-start = Започване отначало
command-menu = Главно меню
command-exit = Изход и изчистване на чата
command-forget = Изтриване на всичко, пазено за мен

## Когато нещо не пасва
error-unexpected-input =
    Съжалявам, разбирам само бутоните, затова никой не е прочел написаното от вас. Моля, изберете по-долу.
    Ако сте в опасност: { $emergency_number }
error-stale-button = Този бутон вече не е активен. Ето къде сме сега.
error-processing-failed = Съжаляваме, нещо се обърка от наша страна. Моля, изпратете /start, за да продължите.
error-slow-down = Моля, изчакайте малко, преди да изпратите още. Мястото ви в разговора е запазено.

## Страница на уеб чата
web-title = Gza
web-input-placeholder = Напишете съобщение
web-send = Изпрати
web-connecting = Свързване…
web-offline = Връзката прекъсна. Опитваме отново…
web-exit-note = Разговорът беше изтрит от тази страница.

## Места (градовете от справочника, places.yaml)

## Въпроси: всеки въпрос може да бъде пропуснат
screen-ask-city =
    Къде се намирате или къде бихте искали да получите помощ?
    Можете също да изпратите местоположение (📎 → Местоположение); използваме го само за да намерим най-близкия град.
screen-ask-needs = За какво ви е нужна помощ? Изберете колкото искате, след това натиснете „Готово“ (или „Пропускане“).
need-legal = Правна помощ
need-medical = Медицинска помощ
need-testing = Тест за ХИВ, хепатит, полови инфекции
need-harm-reduction = Намаляване на вредите, субституция
need-mental-health = Психологическа подкрепа
need-shelter = Безопасно място за престой
need-violence-support = Подкрепа след насилие
need-documents-police = Документи, полиция
need-work-money = Работа и пари
screen-ask-work = Работа и пари: какво би помогнало? Изберете колкото искате, след това натиснете „Готово“ (или „Пропускане“).
need-work-any = Всичко за работа и пари
need-work-jobs = Работа или преквалификация
need-work-finance = Финанси, спестявания, кредит
need-work-childcare = Грижа за децата
need-work-housing = Жилище
need-work-business = Започване на собствен бизнес
need-work-mentoring = Наставник
need-lgbtqi-care = Помощ за ЛГБТКИ+ и транс хора
need-other = Нещо друго
screen-ask-about =
    Ако желаете, разкажете ни за себе си, за да намерим услуги, за които се знае, че се отнасят с уважение към хора като вас. Изберете всичко, което се отнася за вас, след това натиснете „Готово“ (или „Пропускане“). Това остава анонимно.
group-women-who-use-drugs = Жена, която употребява наркотици
group-sex-workers = Секс работничка / секс работник
group-violence-survivors = Човек, преживял насилие
group-lgbtqi = ЛГБТКИ+
group-displaced = Разселена или засегната от конфликт
screen-prefer-not = Предпочитам да не казвам
screen-ask-language = На какъв език да говорят с вас в услугата?
screen-language-mine = Езикът на този чат
screen-language-any = Всеки език
screen-ask-prefs = Има ли още нещо важно за вас? Изберете каквото е нужно, след това натиснете „Готово“ (или „Пропускане“).
pref-free = Само безплатни
pref-anonymous = Без да казвам името си

## Резултати
results-next = Какво бихте искали да направите сега?
results-more = Покажи още
results-talk = Разговор с човек за това
results-refine = Прецизиране на търсенето
results-follow-up = Попитайте ме по-късно как е минало
results-found = { $count ->
        [one] Тази услуга отговаря на това, което ни казахте:
       *[other] Тези услуги отговарят на това, което ни казахте:
    }
results-widened-nearby = В избрания град няма нищо подходящо, затова ето какво има в близките градове:
results-widened-filters = Нищо не отговаря на всички ваши избори, затова ето какво отговаря при по-малко условия:
results-widened-both = Тук нищо не отговаря на всички ваши избори, затова ето най-близкото до тях в близките градове:
results-none =
    Съжаляваме: в справочника все още няма нищо подходящо. Човек от екипа може да ви помогне да намерите нещо; натиснете „Разговор с човек за това“.
results-no-more = Това е всичко подходящо. Човек от екипа може да ви помогне да потърсите още.

## Една услуга като карта
card-title = { $number }. { $name } — { $organization }
card-example = (примерен запис: не е истинска услуга)
card-why = ✓ { $reasons }
card-address = 📍 { $address }
card-map = { $url }
card-confidential = 📍 Адресът се съобщава по телефона.
card-remote = 📞 По телефона или онлайн, от всяко място.
card-phone = ☎ { $phones }
card-hours = 🕒 { $hours }
card-hours-unknown = 🕒 Попитайте за работното време по телефона.
card-stale = ⚠ Тази информация не е проверявана повече от година: моля, обадете се, преди да отидете.
card-open-now = отворено сега
card-closed-now = затворено сега
card-fees = 💳 { $fees }
reason-need = { $need ->
        [legal] правна помощ
        [medical] медицинска помощ
        [testing] изследвания
        [harm_reduction] намаляване на вредите
        [mental_health] психично здраве
        [shelter] подслон
        [violence_support] подкрепа след насилие
        [documents_police] документи и полиция
        [work_money] работа и пари
        [work_jobs] работа и преквалификация
        [work_finance] финансова грамотност и кредит
        [work_childcare] грижа за децата
        [work_housing] жилище
        [work_business] собствен бизнес
        [work_mentoring] наставничество
        [lgbtqi_care] грижа за ЛГБТКИ+ и транс хора
       *[other] помощ
    }
reason-city = в { $city }
reason-near = на { $km } км от вас
reason-remote = по телефона или онлайн
reason-language = { $language ->
        [ka] говорят грузински
        [ru] говорят руски
        [en] говорят английски
        [az] говорят азербайджански
        [hy] говорят арменски
        [uk] говорят украински
        [bg] говорят български
       *[other] говорят вашия език
    }
reason-free = безплатно
reason-anonymous = не е нужно име
reason-friendly-to = { $group ->
        [women_who_use_drugs] с добро отношение към жени, които употребяват наркотици
        [sex_workers] с добро отношение към секс работници
        [violence_survivors] с опит в работата с хора, преживели насилие
        [lgbtqi] с добро отношение към ЛГБТКИ+ хора
        [displaced] с опит с разселени и засегнати от конфликт хора
       *[other] с добро отношение към хора като вас
    }
reason-open-now = отворено сега
reason-reported-friendly = хората казват, че са се отнесли с тях с уважение
reason-verified = проверено на { $date }

## Последващ въпрос, само със съгласие
followup-consent =
    Може ли след { $followup_days ->
        [one] { $followup_days } ден
       *[other] { $followup_days } дни
    } да ви изпратим едно кратко съобщение, за да попитаме как е минало? Докато не отговорите, в него ще пише само „Здравейте от Gza“. Ако преди това използвате /exit или /forget, няма да ви пишем.
followup-consent-yes = Да, едно съобщение
followup-consent-no = Не, благодаря
followup-agreed = Благодарим ви. Ще ви пишем веднъж и никога повече, освен ако сами не поискате.
followup-web-unavailable = Уеб чатът не може да се свърже с вас по-късно, затова тук няма да ви пишем отново. Можете да се върнете по всяко време.
followup-nothing = Все още няма за какво да питаме: първо потърсете услуги, а после можем да попитаме как е минало.
followup-hello = Здравейте от Gza. Може ли да ви зададем кратък въпрос?
followup-hello-yes = Да
followup-hello-no = Не сега
followup-which =
    Преди няколко дни разгледахте тук тези услуги. С коя от тях се свързахте?
    { $followup_services }
followup-pick-1 = С първата
followup-pick-2 = С втората
followup-pick-3 = С третата
followup-pick-none = С нито една
followup-respect = Отнесоха ли се с вас с уважение там?
followup-respect-yes = Да
followup-respect-no = Не
followup-thanks = Благодарим ви. Вашият отговор помага на други хора да намират услуги, в които се отнасят добре с хората.
followup-sorry =
    Съжаляваме, че това се е случило. Ще кажем на хората, които проверяват услугите, без да казваме кои сте. Искате ли да поговорите с човек?

## Куратори: поддържане на справочника актуален, в личен чат с бота

curator-only = Това е само за кураторите на справочника.
curator-help =
    Поддръжка на справочника.
    За да намерите услуга, изпратете част от името ѝ на който и да е език или нейния id.
    /queue: сигнали за неуважително отношение и записи, непроверявани от { $days } или повече дни.
    /cancel: прекратяване на редакцията.
    /console: еднократна връзка към указателя в браузъра.
curator-button-queue = Опашка
curator-found = Намерени: { $count }; показани: { $shown }. Изберете една или добавете дума, за да стесните търсенето.
curator-found-none = Нищо не е намерено за „{ $query }“. Опитайте с част от името на който и да е език или с id.
curator-card =
    { $name } — { $organization }
    id: { $id }
    Статус: { $status }
    Проверено: { $verified } ({ $days ->
        [0] днес
        [one] преди { $days } дн.
       *[other] преди { $days } дн.
    })
    Телефони: { $phones }
    Работно време: { $hours }
    Езици: { $languages }
    Нужди: { $needs }
    Отворени сигнали за неуважение: { $reports }
curator-status-active = активна
curator-status-temporarily-closed = временно затворена
curator-status-inactive = неактивна
curator-status-defunct = закрита окончателно
curator-button-verify = ✓ Проверено днес
curator-button-close = Временно затваряне
curator-button-reopen = Повторно отваряне
curator-button-phone = ☎ Телефон
curator-button-hours = 🕒 Работно време
curator-button-languages = 🗣 Езици
curator-button-seen = Сигналите са разгледани
curator-button-save = Запазване
curator-button-cancel = Отказ
curator-ask-phone = Изпратете новия телефонен номер на { $name }, например +995 32 200 00 00. Сега: { $current }. С /cancel остава същият.
curator-bad-phone = „{ $value }“ не е телефонен номер: използвайте цифри, интервали и + ( ) -, например +995 32 200 00 00. Опитайте отново или изпратете /cancel.
curator-ask-hours = Изпратете работното време на { $name }, например: пн-пт 10:00-18:00; сб 10:00-14:00. Или 24/7, или „с предварително записване“. Сега: { $current }. С /cancel остава същото.
curator-bad-hours = Работното време не може да бъде разчетено ({ $reason }). Напишете го така: пн-пт 10:00-18:00; сб 10:00-14:00. Опитайте отново или изпратете /cancel.
curator-ask-languages = На какви езици говорят в { $name }? Отбележете ги и натиснете „Запазване“.
curator-no-languages = Услугата трябва да има поне един език: нищо не е променено.
curator-saved = Запазено. { $field }: { $old } → { $new }
curator-nothing-changed = Няма промени.
curator-cancelled = Редакцията е отменена; нищо не е променено.
curator-gone = Тази услуга вече не е в справочника.
curator-reports-seen = Сигналите са отбелязани като разгледани.
curator-queue-reports = Услуги със сигнали за неуважение: { $count }
curator-queue-report-line = • { $name }: { $count } (последен на { $day })
curator-queue-stale = Непроверявани от { $days } или повече дни: { $count }
curator-queue-stale-line = • { $name }: проверено на { $verified }
curator-queue-empty = Нищо не чака: няма отворени сигнали и всички записи са проверени { $days ->
        [one] през последния ден
       *[other] през последните { $days } дни
    }.
curator-digest-title = Седмична проверка на справочника.
curator-field-phones = Телефон
curator-field-hours = Работно време
curator-field-languages = Езици
curator-field-status = Статус
curator-field-assured-date = Проверено
curator-field-name = Име
curator-field-description = Описание
curator-field-organization-id = Организация
curator-field-needs = Нужди
curator-field-friendly-to = Добро отношение към
curator-field-free = Безплатно
curator-field-anonymous = Анонимно
curator-field-fees-description = Такси
curator-field-accessibility = Достъпност
curator-field-location-ids = Местоположения
curator-field-url = Уебсайт
curator-field-service = Услуга
