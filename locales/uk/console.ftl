# Консоль працівників у браузері і те, що бот каже про неї в групі працівників.
staff-console-link = Ваше одноразове посилання до консолі Gza (діє один раз і кілька хвилин; не пересилайте його): { $link }
staff-console-sent = Я надіслав вам посилання для входу в особистий чат зі мною. Якщо нічого не надійшло, відкрийте чат зі мною, натисніть «Старт» і попросіть знову.
staff-reply-mirrored = { $alias } написав(ла) людині з консолі: { $text }
staff-note-mirrored = // Нотатка від { $alias }: { $text }
console-title = Консоль Gza
console-skip-to-content = Перейти до змісту
console-nav = Консоль
console-queue-link = Черга
console-signed-in-as = Ви увійшли як { $alias }
console-sign-out = Вийти
console-problem = У нас щось пішло не так. Нічого не втрачено; спробуйте ще раз.
console-sign-in-title = Вхід до консолі
console-sign-in-explain = Це посилання дає змогу увійти один раз. Натисніть кнопку, щоб продовжити.
console-sign-in = Увійти
console-sign-in-needed = Щоб увійти, напишіть боту /console у групі працівників; він надішле вам одноразове посилання.
console-signed-out = Ви вийшли
console-home-coming = Ви увійшли. Сторінки для вашої ролі скоро з'являться; поки що працюйте в Телеграмі.
console-queue-title = Звернення бюро { $bureau }
console-shift-state = { $on ->
        [yes] Ви на зміні.
       *[no] Ви не на зміні.
    }
console-shift-start = Почати зміну
console-shift-end = Закінчити зміну
console-queue-caption = Спершу звернення, що чекають: найтерміновіші й ті, що чекають найдовше, угорі; далі ваші та ваших колег.
console-col-case = Звернення
console-col-status = Статус
console-col-city = Місто
console-col-language = Мова
console-col-needs = Потреби
console-col-waiting = Очікування
console-status = { $status ->
        [waiting] чекає
        [closed] закрито
       *[taken] взято
    }
console-urgent = терміново
console-taken-by = взяв(ла) { $alias }
console-minutes = { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
console-queue-empty = Зараз відкритих звернень немає.
console-case-title = Звернення { $code }
console-actions = Що зробити зі зверненням
console-reply-label = Відповідь людині (з підписом вашим псевдонімом; Ctrl+Enter надсилає)
console-send = Надіслати
console-note-label = Внутрішня нотатка (людині не надсилається)
console-add-note = Додати нотатку
console-transfer-to = Передати до бюро або колезі
console-outcome = Результат
console-block = Заблокувати цю людину
console-unblock = Розблокувати
console-blocked = заблоковано
console-also-viewing = Це звернення також переглядають: { $aliases }
console-conversation = Листування
console-from-person = Людина
console-from-note = Нотатка від { $alias }
console-line-gone = (видалено)
console-thread-empty = Поки нічого не написано.
console-not-allowed = Ваша роль не відкриває цю сторінку.
console-stale-form = Ця форма застаріла. Поверніться, оновіть сторінку й спробуйте знову.
console-too-many = Забагато спроб входу звідси. Зачекайте хвилину й спробуйте знову.
console-link-used = Це посилання для входу вже використане або застаріло. Попросіть у бота нове командою /console.
console-not-your-case = Це звернення не належить вашому бюро або більше не існує.
console-done-take = Ви взяли звернення. Тепер ваші повідомлення доходять до людини.
console-done-reply = Надіслано людині.
console-done-note = Нотатку додано.
console-done-close = Звернення закрито.
console-done-transfer = Звернення передано.
console-done-block = Заблоковано: повідомлення цієї людини більше не доходять до працівників.
console-done-unblock = Розблоковано.
console-done-shift-on = Вашу зміну розпочато.
console-done-shift-off = Вашу зміну завершено.
console-refused-taken = Це звернення вже взяв хтось інший.
console-refused-empty = Немає чого надсилати.
console-refused-take-first = Спершу візьміть звернення; доти людині нічого не надсилається.
console-refused-close = Це звернення вже закрите, або результату немає в списку.
console-refused-transfer = Це не бюро й не колега, або звернення закрите.

# Сторінка супервізора: цифри бюро, ніколи не людина.
console-bureau-link = Цифри бюро
console-bureau-title = Бюро { $bureau }: цифри
console-bureau-pick = Бюро
console-bureau-show = Показати
console-bureau-waiting-now = Чекають зараз
console-bureau-on-shift = Працівники на зміні
console-bureau-caption = Сьогодні й цього місяця (за місцевим часом бюро)
console-bureau-today = Сьогодні
console-bureau-month = Цього місяця
console-bureau-opened = Відкрито звернень
console-bureau-taken = Взято звернень
console-bureau-take-p50 = Час до взяття, медіана (p50)
console-bureau-take-p90 = Час до взяття, 9 з 10 швидше (p90)
console-bureau-escalations = Ескалації (ніхто не взяв звернення вчасно)
console-bureau-closed-as = Закрито: { $outcome }
console-bureau-none = поки немає
console-bureau-explain = Лише кількості й час: ніщо тут не вказує на людину. Час до взяття рахується від запиту до першого взяття.
