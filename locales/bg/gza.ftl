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
    Не е нужно да казвате името си. Пазим отговорите ви на бутоните под код, никога кои сте, и ги изтриваме { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    } след последното ви съобщение; това, което пишете на екипа, го чете екипът. /exit премахва този чат от телефона ви (Telegram позволява това за последните 48 часа), а /forget изтрива всичко, което пазим.
    Telegram може да вижда чатовете с ботове (те не са криптирани от край до край), затова, моля, не пишете имена, адреси или неща, които не бихте искали някой да прочете.
start-privacy-ok = Добре, продължаваме
start-ask-danger = В опасност ли сте в момента?
start-danger-yes = Да, в опасност съм
start-danger-no = Не, не в момента
start-emergency =
    Ако можете, обадете се сега:
    { $emergency_numbers }
    Скоро човек от екипа ще може да ви пише тук. В момента номерата по-горе са най-бързият начин да се свържете с някого.

## Спешни номера (самите номера идват от конфигурацията)
emergency-number-line = { $number } — { $label }
emergency-kind-general = спешни служби (полиция, линейка, пожарна)
emergency-kind-violence-hotline = денонощна гореща линия за хора, преживели насилие
emergency-kind-other = линия за помощ

## Главно меню
menu-title = Как можем да помогнем? Изберете едно от следните.
menu-find-services = Намиране на услуги
menu-talk-to-person = Разговор с човек
menu-know-rights = Вашите права
menu-language = Език
menu-find-services-soon =
    Скоро тук ще можете да намирате услуги, подходящи за вас.
    Ако имате нужда от помощ сега:
    { $emergency_numbers }
menu-know-rights-soon = Скоро тук ще има информация за правата ви. Благодарим ви за търпението.

## Общи бутони и редове
common-back = ‹ Назад
common-exit = Изход
common-to-menu = Главно меню
common-exit-done = Довиждане. Изпратете /start по всяко време, за да започнете отначало.

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
    Чака от { $since }
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
staff-transfer-how = Предаване на бюро или колега: /transfer { $choices }
staff-transferred = Случаят е предаден на { $target } от { $alias }.
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
error-unexpected-input = Съжалявам, тук разбирам само бутоните. Моля, изберете един от тях по-долу.
error-stale-button = Този бутон вече не е активен. Ето къде сме сега.
error-processing-failed = Съжаляваме, нещо се обърка от наша страна. Моля, изпратете /start, за да продължите.
error-slow-down = Моля, изчакайте малко, преди да изпратите още. Мястото ви в разговора е запазено.

## Страница на уеб чата
web-title = Gza — поверителна помощ
web-input-placeholder = Напишете съобщение
web-send = Изпрати
web-connecting = Свързване…
web-offline = Връзката прекъсна. Опитваме отново…
web-exit-note = Разговорът беше изтрит от тази страница.
