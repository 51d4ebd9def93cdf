## What a channel can do decides what is said (dialogs/start.yaml: say_without, otherwise)

# The privacy note where the channel cannot delete the chat from the device (the web chat).
channels-privacy-note =
    Называть своё имя не нужно. Мы храним ваши ответы на кнопки под кодом, но никогда — кто вы, и удаляем их через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
        [other] { $days } дня
    } после вашего последнего сообщения; то, что вы пишете команде, читает команда. «Выйти» сразу убирает этот разговор со страницы, а /forget стирает всё, что мы храним.
    Если этим устройством пользуется кто-то ещё, откройте эту страницу в приватном окне (инкогнито), чтобы браузер не сохранил её в истории.
# The city question where the channel cannot share a location.
channels-screen-ask-city = Где вы находитесь или где хотели бы получить помощь?
channels-handoff-already-open = Вы уже на связи с командой: просто пишите сюда. Ответ дойдёт до вас только на этой странице, пока она открыта (обновлять её можно). Если вы её закроете, начните заново и спросите ещё раз.
