## What a channel can do decides what is said (dialogs/start.yaml: say_without, otherwise)

# The privacy note where the channel cannot delete the chat from the device (the web chat).
channels-privacy-note =
    Не е нужно да казвате името си. Пазим отговорите ви на бутоните под код, никога кои сте, и ги изтриваме { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    } след последното ви съобщение; това, което пишете на екипа, го чете екипът. „Изход“ веднага изчиства този разговор от страницата, а /forget изтрива всичко, което пазим.
    Ако някой друг използва това устройство, отворете страницата в частен прозорец (инкогнито), за да не я запази браузърът в историята.
# The city question where the channel cannot share a location.
channels-screen-ask-city = Къде се намирате или къде бихте искали да получите помощ?
channels-handoff-already-open = Вече сте свързани с екипа: просто пишете тук. Отговорът може да стигне до вас само на тази страница, докато е отворена (можете да я презаредите). Ако я затворите, започнете отначало и попитайте отново.
