# The staff console in the browser, and what the bot says about it in the staff group.
staff-console-link = Your one-time link to the Gza console (usable once, for a few minutes; do not forward it): { $link }
staff-console-sent = I sent you a sign-in link in your private chat with me. If nothing arrived, open a chat with me and press Start, then ask again.
staff-reply-mirrored = { $alias } wrote to the person in the console: { $text }
staff-note-mirrored = // Note by { $alias }: { $text }
console-title = Gza console
console-skip-to-content = Skip to content
console-nav = Console
console-queue-link = Queue
console-signed-in-as = Signed in as { $alias }
console-sign-out = Sign out
console-problem = Something went wrong on our side. Nothing was lost; please try again.
console-sign-in-title = Sign in to the console
console-sign-in-explain = This link signs you in once. Press the button to continue.
console-sign-in = Sign in
console-sign-in-needed = To sign in, write /console to the bot in your staff group; it sends you a one-time link.
console-signed-out = You are signed out
console-home-coming = You are signed in. The pages for your role are on their way; until then keep working in Telegram.
console-queue-title = Cases of { $bureau }
console-shift-state = { $on ->
        [yes] You are on shift.
       *[no] You are not on shift.
    }
console-shift-start = Start my shift
console-shift-end = End my shift
console-queue-caption = Waiting cases first, the most urgent and the longest waiting at the top; then yours and your colleagues'.
console-col-case = Case
console-col-status = Status
console-col-city = City
console-col-language = Language
console-col-needs = Needs
console-col-waiting = Waiting
console-status = { $status ->
        [waiting] waiting
        [closed] closed
       *[taken] taken
    }
console-urgent = urgent
console-taken-by = taken by { $alias }
console-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
console-queue-empty = No open cases right now.
console-case-title = Case { $code }
console-actions = What to do with this case
console-reply-label = Reply to the person (signed with your alias; Ctrl+Enter sends)
console-send = Send
console-note-label = Internal note (never sent to the person)
console-add-note = Add note
console-transfer-to = Transfer to a bureau or a colleague
console-outcome = Outcome
console-block = Block this person
console-unblock = Unblock
console-blocked = blocked
console-also-viewing = Also looking at this case: { $aliases }
console-conversation = Conversation
console-from-person = The person
console-from-note = Note by { $alias }
console-line-gone = (erased)
console-thread-empty = Nothing written yet.
console-not-allowed = Your role does not open this page.
console-stale-form = This form is out of date. Go back, reload the page and try again.
console-too-many = Too many sign-in attempts from here. Wait a minute and try again.
console-link-used = This sign-in link has been used or has expired. Ask the bot for a new one with /console.
console-not-your-case = This case is not one of your bureau's, or it no longer exists.
console-done-take = You have taken the case. What you write now reaches the person.
console-done-reply = Sent to the person.
console-done-note = Note added.
console-done-close = Case closed.
console-done-transfer = Case transferred.
console-done-block = Blocked: nothing more from this person reaches staff.
console-done-unblock = Unblocked.
console-done-shift-on = Your shift has started.
console-done-shift-off = Your shift has ended.
console-refused-taken = Someone else took this case first.
console-refused-empty = There was nothing to send.
console-refused-take-first = Take the case first; until then nothing is sent to the person.
console-refused-close = This case is already closed, or the outcome was not one of the list.
console-refused-transfer = That is not a bureau or a colleague, or the case is closed.

# The supervisor's page: the bureau's figures, never a person.
console-bureau-link = Bureau figures
console-bureau-title = Bureau { $bureau }: figures
console-bureau-pick = Bureau
console-bureau-show = Show
console-bureau-waiting-now = Waiting now
console-bureau-on-shift = Staff on shift
console-bureau-caption = Today and this month (the bureau's local time)
console-bureau-today = Today
console-bureau-month = This month
console-bureau-opened = Cases opened
console-bureau-taken = Cases taken
console-bureau-take-p50 = Time to take, median (p50)
console-bureau-take-p90 = Time to take, 9 in 10 within (p90)
console-bureau-escalations = Escalations (nobody took the case in time)
console-bureau-closed-as = Closed: { $outcome }
console-bureau-none = none yet
console-bureau-explain = Counts and times only: nothing here identifies a person. Time to take runs from the request to the first take.
