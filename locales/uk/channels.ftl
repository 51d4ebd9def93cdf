## What a channel can do decides what is said (dialogs/start.yaml: say_without, otherwise)

# The privacy note where the channel cannot delete the chat from the device (the web chat).
channels-privacy-note =
    Називати своє ім’я не потрібно. Ми зберігаємо ваші відповіді на кнопки під кодом, але ніколи — хто ви, і видаляємо їх через { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[many] { $days } днів
        [other] { $days } дня
    } після вашого останнього повідомлення; те, що ви пишете команді, читає команда. «Вийти» одразу прибирає цю розмову зі сторінки, а /forget стирає все, що ми зберігаємо.
    Якщо цим пристроєм користується ще хтось, відкрийте цю сторінку в приватному вікні (інкогніто), щоб браузер не зберіг її в історії.
# The city question where the channel cannot share a location.
channels-screen-ask-city = Де ви зараз або де хотіли б отримати допомогу?
channels-handoff-already-open = Ви вже на зв’язку з командою: просто пишіть сюди. Відповідь дійде до вас лише на цій сторінці, поки вона відкрита (оновлювати її можна). Якщо ви її закриєте, почніть знову й запитайте ще раз.
