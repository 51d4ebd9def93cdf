# The admin's console pages: people and bureaus (issue 13). Aliases only, never an account.
people-link = People
people-title = People and bureaus
people-invite-heading = Invite someone
people-invite-explain = You get a one-time code. The new member sends it to the bot in a private chat (/join CODE) and joins with the role and bureau you chose: nobody types a Telegram account.
people-role = Role
people-bureau = Bureau
people-alias-optional = Alias (leave empty to let them choose)
people-create-code = Create a code
people-role-name = { $role ->
        [supervisor] Supervisor
        [curator] Curator
       *[staff] Staff
    }
people-admin = Admin
people-no-bureau = Curators and people without a bureau
people-bureau-heading = Bureau { $name } ({ $id })
people-alias = Alias
people-change = Change
people-remove = Remove
people-bureau-none = No bureau (curators)
people-save = Save { $alias }
people-remove-who = Remove { $alias }
people-nobody = Nobody yet.
people-bureaus-heading = Bureaus
people-bureau-id = Id
people-bureau-name = Name
people-bureau-state = Cases
people-rename = Rename { $id }
people-bureau-served = Receives cases
people-bureau-not-served = Receives no cases yet: its cities, opening hours and staff group go in the config file.
people-add-bureau = Add a bureau
people-done-changed = Saved.
people-done-removed = Removed. Their console sessions have ended.
people-done-bureau-added = Bureau added.
people-done-bureau-renamed = Bureau renamed.
people-refused-bureau = Staff and supervisors need a bureau that receives cases; curators have none.
people-refused-self = You cannot remove yourself or take away your own admin role; ask another admin.
people-refused-unknown = Nobody with that alias is on the list.
people-refused-alias = An alias is 1 to 32 letters or digits (with spaces, dots or dashes inside).
people-refused-alias-taken = Someone already has that alias.
people-refused-bureau-name = A bureau id is 1 to 32 small Latin letters, digits, - or _; its name is 1 to 64 characters.
people-code-title = Invitation code
people-code-until = It works once, until { $until }.
people-code-how = They send this to the bot in a private chat: /join { $code }
people-code-how-alias = They send this to the bot in a private chat, followed by the alias they choose: /join { $code } Alias
people-code-once = This code is shown only now; Gza keeps only a hash of it. Give it in person or through a channel you trust.
people-back = Back to people

# What the bot answers to /join CODE in a private chat.
join-how = To join the staff, send the code you were given: /join CODE
join-slow-down = Too many tries from this chat. Please wait an hour and try again.
join-already = You are already on the staff list as { $alias }.
join-code-unknown = This code does not work: it may be mistyped, already used or expired. Please ask the person who invited you for a new one.
join-need-alias = Please add the alias you will sign with after the code: /join CODE YourAlias
join-alias-unfit = “{ $alias }” cannot be an alias: use 1 to 32 letters or digits (with spaces, dots or dashes inside). Your code still works.
join-alias-taken = Someone already signs as { $alias }. Send the code again with another alias; it still works.
join-welcome-staff = Welcome, { $alias }! You are now on the staff of bureau { $bureau }. Ask your coordinator to add you to the bureau's staff group; there, /console gives you a link to the console.
join-welcome-curator = Welcome, { $alias }! You are now a curator of the directory. Write /curate here to begin.
