## What a channel can do decides what is said (dialogs/start.yaml: say_without, otherwise)

# The privacy note where the channel cannot delete the chat from the device (the web chat).
channels-privacy-note =
    You do not need to give your name. We keep your answers to the buttons under a code, never who you are, and delete them { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after your last message; what you write to the team is read by the team. Exit clears this conversation from the page at once; /forget erases everything we keep.
    If someone else uses this device, open this page in a private window, so that the browser keeps no history of it.
# The city question where the channel cannot share a location.
channels-screen-ask-city = Where are you, or where would you like to get help?
# Connected to the team where the channel cannot write to the person later (the web chat).
channels-handoff-already-open = You are already connected to the team: just write here. Their answer can reach you only on this page while it stays open (reloading it is fine). If you close it, start again and ask once more.
