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
    Не е нужно да казвате името си. Пазим само отговорите ви на бутоните, никога кои сте, и след известно време ги изтриваме. /exit изтрива този чат от телефона ви.
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
menu-talk-to-person-soon =
    Скоро тук ще можете да разговаряте с човек от екипа.
    Ако имате нужда от помощ сега:
    { $emergency_numbers }
menu-know-rights-soon = Скоро тук ще има информация за правата ви. Благодарим ви за търпението.

## Общи бутони и редове
common-back = ‹ Назад
common-exit = Изход
common-to-menu = Главно меню
common-exit-done = Довиждане. Изпратете /start по всяко време, за да започнете отначало.

## Когато нещо не пасва
error-unexpected-input = Съжалявам, тук разбирам само бутоните. Моля, изберете един от тях по-долу.
error-stale-button = Този бутон вече не е активен. Ето къде сме сега.
error-processing-failed = Съжаляваме, нещо се обърка от наша страна. Моля, изпратете /start, за да продължите.

## Страница на уеб чата
web-title = Gza — поверителна помощ
web-input-placeholder = Напишете съобщение
web-send = Изпрати
web-connecting = Свързване…
web-offline = Връзката прекъсна. Опитваме отново…
web-exit-note = Разговорът беше изтрит от тази страница.
