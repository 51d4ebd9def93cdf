# Консоль сотрудников в браузере и то, что бот говорит о ней в группе сотрудников.
staff-console-link = Ваша одноразовая ссылка в консоль Gza (действует один раз и несколько минут; не пересылайте её): { $link }
staff-console-sent = Я отправил вам ссылку для входа в личный чат со мной. Если ничего не пришло, откройте чат со мной, нажмите «Старт» и попросите снова.
staff-reply-mirrored = { $alias } написал(а) человеку из консоли: { $text }
staff-note-mirrored = // Заметка от { $alias }: { $text }
console-title = Консоль Gza
console-skip-to-content = Перейти к содержанию
console-nav = Консоль
console-queue-link = Очередь
console-signed-in-as = Вы вошли как { $alias }
console-sign-out = Выйти
console-problem = У нас что-то пошло не так. Ничего не потеряно; попробуйте ещё раз.
console-sign-in-title = Вход в консоль
console-sign-in-explain = Эта ссылка позволяет войти один раз. Нажмите кнопку, чтобы продолжить.
console-sign-in = Войти
console-sign-in-needed = Чтобы войти, напишите боту /console в группе сотрудников; он пришлёт вам одноразовую ссылку.
console-signed-out = Вы вышли
console-home-coming = Вы вошли. Страницы для вашей роли скоро появятся; пока работайте в Телеграме.
console-queue-title = Обращения бюро { $bureau }
console-shift-state = { $on ->
        [yes] Вы на смене.
       *[no] Вы не на смене.
    }
console-shift-start = Начать смену
console-shift-end = Закончить смену
console-queue-caption = Сначала ожидающие обращения: самые срочные и дольше всех ждущие наверху; затем ваши и ваших коллег.
console-col-case = Обращение
console-col-status = Статус
console-col-city = Город
console-col-language = Язык
console-col-needs = Потребности
console-col-waiting = Ожидание
console-status = { $status ->
        [waiting] ожидает
        [closed] закрыто
       *[taken] взято
    }
console-urgent = срочно
console-taken-by = взял(а) { $alias }
console-minutes = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
console-queue-empty = Сейчас открытых обращений нет.
console-case-title = Обращение { $code }
console-actions = Что сделать с обращением
console-reply-label = Ответ человеку (с подписью вашим псевдонимом; Ctrl+Enter отправляет)
console-send = Отправить
console-note-label = Внутренняя заметка (человеку не отправляется)
console-add-note = Добавить заметку
console-transfer-to = Передать в бюро или коллеге
console-outcome = Результат
console-block = Заблокировать этого человека
console-unblock = Разблокировать
console-blocked = заблокирован
console-also-viewing = Это обращение также смотрят: { $aliases }
console-conversation = Переписка
console-from-person = Человек
console-from-note = Заметка от { $alias }
console-line-gone = (удалено)
console-thread-empty = Пока ничего не написано.
console-not-allowed = Ваша роль не даёт доступа к этой странице.
console-stale-form = Эта форма устарела. Вернитесь, обновите страницу и попробуйте снова.
console-too-many = Слишком много попыток входа отсюда. Подождите минуту и попробуйте снова.
console-link-used = Эта ссылка для входа уже использована или устарела. Попросите у бота новую командой /console.
console-not-your-case = Это обращение не относится к вашему бюро или больше не существует.
console-done-take = Вы взяли обращение. Теперь ваши сообщения доходят до человека.
console-done-reply = Отправлено человеку.
console-done-note = Заметка добавлена.
console-done-close = Обращение закрыто.
console-done-transfer = Обращение передано.
console-done-block = Заблокировано: сообщения этого человека больше не доходят до сотрудников.
console-done-unblock = Разблокировано.
console-done-shift-on = Ваша смена началась.
console-done-shift-off = Ваша смена закончилась.
console-refused-taken = Это обращение уже взял кто-то другой.
console-refused-empty = Нечего отправлять.
console-refused-take-first = Сначала возьмите обращение; до этого человеку ничего не отправляется.
console-refused-close = Это обращение уже закрыто, или результат не из списка.
console-refused-transfer = Это не бюро и не коллега, или обращение закрыто.

# Страница супервайзера: цифры бюро, никогда не человек.
console-bureau-link = Цифры бюро
console-bureau-title = Бюро { $bureau }: цифры
console-bureau-pick = Бюро
console-bureau-show = Показать
console-bureau-waiting-now = Ждут сейчас
console-bureau-on-shift = Сотрудники на смене
console-bureau-caption = Сегодня и в этом месяце (по местному времени бюро)
console-bureau-today = Сегодня
console-bureau-month = В этом месяце
console-bureau-opened = Открыто обращений
console-bureau-taken = Взято обращений
console-bureau-take-p50 = Время до взятия, медиана (p50)
console-bureau-take-p90 = Время до взятия, 9 из 10 быстрее (p90)
console-bureau-escalations = Эскалации (никто не взял обращение вовремя)
console-bureau-closed-as = Закрыто: { $outcome }
console-bureau-none = пока нет
console-bureau-explain = Только количества и время: ничто здесь не указывает на человека. Время до взятия считается от запроса до первого взятия.
