## The console's reply box: saved replies (type / to find them) and the lock-screen warning.
## The required saved reply: what Gza keeps and who can read it. $days and $closed_days come from
## the configuration ([retention]); keep it true to docs/threat-model.md.
canned-what-we-keep-title = What we keep and who can read it
canned-what-we-keep =
    What we keep and who can read it: the team never sees your name, username or phone number; we write to you under a first name only. What you write here is read by the staff of the team that answers you, in their work chat and on their work computer. Our copy of the conversation is encrypted and deleted { $closed_days ->
        [one] { $closed_days } day
       *[other] { $closed_days } days
    } after it ends, or at once if you write /forget; the team's work chat keeps its copy until the team deletes it. The answers you chose with the buttons are kept under a code, never with who you are, and deleted { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after your last message. This chat is not end-to-end encrypted, so please do not write names or addresses you would not want someone else to read.
console-canned-label = Saved replies
console-canned-hint = Type / and a few words in the reply box to find a saved reply; Enter or a click puts it in the box for you to edit. Nothing is sent until you send it.
console-canned-use = Put in the reply box
console-canned-none = No saved reply matches.
console-canned-results = Saved replies matching what you typed
console-lock-warning = The opening of this reply may show on the person's lock screen, and it says “{ $words }”. Start with a greeting.
console-ask-lock-screen = Not sent yet: the opening of your reply may show on the person's lock screen, and it says “{ $words }”. Change the opening, or send it as it is.
console-send-anyway = Send as it is
console-write = Take the case and write
