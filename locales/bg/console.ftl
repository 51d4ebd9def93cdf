# Конзолата на служителите в браузъра и какво казва ботът за нея в групата на служителите.
staff-console-link = Вашата еднократна връзка към конзолата на Gza (валидна веднъж и за няколко минути; не я препращайте): { $link }
staff-console-sent = Изпратих ви връзка за вход в личния ни чат. Ако нищо не е пристигнало, отворете чат с мен, натиснете „Старт“ и поискайте отново.
staff-reply-mirrored = { $alias } писа на човека от конзолата: { $text }
staff-note-mirrored = // Бележка от { $alias }: { $text }
console-title = Конзола на Gza
console-skip-to-content = Към съдържанието
console-nav = Конзола
console-queue-link = Опашка
console-signed-in-as = Влезли сте като { $alias }
console-sign-out = Изход
console-problem = Нещо се обърка при нас. Нищо не е загубено; опитайте отново.
console-sign-in-title = Вход в конзолата
console-sign-in-explain = Тази връзка ви позволява да влезете веднъж. Натиснете бутона, за да продължите.
console-sign-in = Вход
console-sign-in-needed = За да влезете, напишете /console на бота в групата на служителите; той ще ви изпрати еднократна връзка.
console-signed-out = Излязохте
console-home-coming = Влязохте. Страниците за вашата роля предстоят; дотогава работете в Телеграм.
console-queue-title = Случаи на { $bureau }
console-shift-state = { $on ->
        [yes] На смяна сте.
       *[no] Не сте на смяна.
    }
console-shift-start = Започни смяната ми
console-shift-end = Приключи смяната ми
console-queue-caption = Първо чакащите случаи, най-спешните и най-дълго чакащите отгоре; след това вашите и на колегите ви.
console-col-case = Случай
console-col-status = Състояние
console-col-city = Град
console-col-language = Език
console-col-needs = Нужди
console-col-waiting = Чака
console-status = { $status ->
        [waiting] чака
        [closed] затворен
       *[taken] поет
    }
console-urgent = спешно
console-taken-by = поет от { $alias }
console-minutes = { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    }
console-queue-empty = В момента няма отворени случаи.
console-case-title = Случай { $code }
console-actions = Какво да се направи със случая
console-reply-label = Отговор на човека (подписан с псевдонима ви; Ctrl+Enter изпраща)
console-send = Изпрати
console-note-label = Вътрешна бележка (никога не се изпраща на човека)
console-add-note = Добави бележка
console-transfer-to = Прехвърли към бюро или колега
console-outcome = Резултат
console-block = Блокирай този човек
console-unblock = Отблокирай
console-blocked = блокиран
console-also-viewing = Този случай разглеждат и: { $aliases }
console-conversation = Разговор
console-from-person = Човекът
console-from-note = Бележка от { $alias }
console-line-gone = (изтрито)
console-thread-empty = Още нищо не е написано.
console-not-allowed = Вашата роля не отваря тази страница.
console-stale-form = Този формуляр е остарял. Върнете се, презаредете страницата и опитайте отново.
console-too-many = Твърде много опити за вход оттук. Изчакайте минута и опитайте отново.
console-link-used = Тази връзка за вход вече е използвана или е изтекла. Поискайте нова от бота с /console.
console-not-your-case = Този случай не е на вашето бюро или вече не съществува.
console-done-take = Поехте случая. Това, което пишете сега, стига до човека.
console-done-reply = Изпратено на човека.
console-done-note = Бележката е добавена.
console-done-close = Случаят е затворен.
console-done-transfer = Случаят е прехвърлен.
console-done-block = Блокирано: нищо повече от този човек не стига до служителите.
console-done-unblock = Отблокирано.
console-done-shift-on = Смяната ви започна.
console-done-shift-off = Смяната ви приключи.
console-refused-taken = Някой друг пое случая преди вас.
console-refused-empty = Нямаше какво да се изпрати.
console-refused-take-first = Първо поемете случая; дотогава нищо не се изпраща на човека.
console-refused-close = Случаят вече е затворен или резултатът не е от списъка.
console-refused-transfer = Това не е бюро или колега, или случаят е затворен.

# Страницата на супервайзъра: цифрите на бюрото, никога човек.
console-bureau-link = Цифри на бюрото
console-bureau-title = Бюро { $bureau }: цифри
console-bureau-pick = Бюро
console-bureau-show = Покажи
console-bureau-waiting-now = Чакат сега
console-bureau-on-shift = Служители на смяна
console-bureau-caption = Днес и този месец (по местното време на бюрото)
console-bureau-today = Днес
console-bureau-month = Този месец
console-bureau-opened = Отворени случаи
console-bureau-taken = Поети случаи
console-bureau-take-p50 = Време до поемане, медиана (p50)
console-bureau-take-p90 = Време до поемане, 9 от 10 по-бързо (p90)
console-bureau-escalations = Ескалации (никой не пое случая навреме)
console-bureau-closed-as = Затворени: { $outcome }
console-bureau-none = още няма
console-bureau-explain = Само бройки и време: нищо тук не разкрива човек. Времето до поемане се брои от молбата до първото поемане.
