# Gza — English. Every id here must exist in every locale (tests/test_locales.py checks it).

## Language names: each in its own language, the same in every locale.
language-name-ka = ქართული
language-name-ru = Русский
language-name-en = English
language-name-az = Azərbaycan
language-name-hy = Հայերեն
language-name-uk = Українська
language-name-bg = Български

## Start
start-choose-language = Hello. Which language would you like to use?
start-privacy-note =
    You do not need to give your name. We keep only the answers you choose with the buttons, under a code — never who you are — and delete them { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after your last message. What you write to the team is read by the team. /exit deletes the last 48 hours of this chat from your phone (Telegram allows no more); /forget erases everything we keep.
    Telegram can see chats with bots (they are not end-to-end encrypted), so please do not write names, addresses or details you would not want read.
start-privacy-ok = OK, continue
start-ask-danger = Are you in danger right now?
start-danger-yes = Yes, I am in danger
start-danger-no = No, not right now
start-emergency =
    If you can, call now:
    { $emergency_numbers }
    This is the fastest way to reach someone right now.

## Emergency numbers (the numbers themselves come from configuration)
emergency-number-line = { $number } — { $label }
emergency-kind-general = emergency services (police, ambulance, fire)
emergency-kind-violence-hotline = 24/7 hotline for survivors of violence
emergency-kind-violence-helpline = helpline for survivors of violence
emergency-kind-other = helpline

## Main menu
menu-title = How can we help? Choose one.
menu-find-services = Find services
menu-talk-to-person = Talk to a person
menu-know-rights = Know your rights
menu-language = Language

## Common buttons and lines
common-back = ‹ Back
common-exit = Exit
common-to-menu = Main menu
common-exit-done = Goodbye. Send /start any time to begin again.
common-done = Done ›
common-skip = Skip

## Talking to a person (handoff)
handoff-waiting = We have asked the team: a person will write to you here as soon as they can. You can already write your message.
handoff-closed-until =
    The team is not available right now; they will be back { $when }. You can leave your message here and they will see it.
    If you are in danger:
    { $emergency_numbers }
handoff-unavailable =
    Talking to a person is not available here yet. If you need help now:
    { $emergency_numbers }
handoff-already-open = You are already connected to the team: just write here.
handoff-ended = The conversation with the team has ended. You can write again here at any time.
handoff-unavailable-now = This conversation is no longer available.
handoff-media-not-shown = (a file that cannot be shown here)
handoff-not-forgotten = You have not been forgotten: the team has your message and someone will write to you as soon as possible.
handoff-staff-edited = Corrected message ({ $alias }): { $text }

## Staff side (the staff group)
staff-card =
    Case { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· URGENT
       *[no] {""}
    }
    Entry: { $entry }
    Needs: { $needs }
    Waiting since { $since }
    { $lock_screen }
staff-topic-name = { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· URGENT
       *[no] {""}
    }
staff-take = Take
staff-transfer = Transfer
staff-close = Close
staff-taken-by = { $alias } has taken this case. What you write here now reaches the person, signed { $alias }. Lines starting with // stay internal.
staff-already-taken = { $alias } already has this case.
staff-not-staff = Only staff on the staff list can do this.
staff-not-your-bureau = This case belongs to another bureau.
staff-take-first = Take the case first; until then nothing is sent to the person.
staff-closed = Case closed ({ $outcome }) by { $alias }.
staff-close-how = Close with an outcome: /close referred, /close info, /close no_response, /close emergency or /close other.
staff-person-left = The person ended the conversation.
staff-person-edited = The person edited a message; the new version follows.
staff-person-back = The person wrote again; the case is open again.
staff-shift-on = { $alias } is on shift. New cases of { $bureau } will wait for you here.
staff-shift-off = { $alias } is off shift.
staff-shift-how = Use /shift on or /shift off.
staff-cases-none = No open cases for { $bureau }.
staff-cases-line = { $code } · { $status } · { $minutes } min{ $urgent ->
        [yes] {" "}· URGENT
       *[no] {""}
    }
staff-transfer-how = Transfer to a bureau or a colleague: /transfer { $choices }
staff-transferred = Case transferred to { $target } by { $alias }.
staff-escalation = Case { $code } has waited { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }{ $urgent ->
        [yes] {" "}(URGENT)
       *[no] {""}
    }. On-duty supervisors: { $supervisors }.

## Erasing everything (/forget)
forget-ask-confirm = Erase everything we keep about you? This cannot be undone. This chat will also be removed from your phone as far as Telegram allows.
forget-yes = Yes, erase everything
forget-no = No, keep it
forget-done = Everything has been erased. Send /start if you ever want to begin again.

## Bot profile and command menu (shown by Telegram outside the conversation)
bot-short-description = Confidential help: find friendly services, talk to a person.
bot-description = Gza helps you find free, friendly services and talk to a person, in your language. No name needed.
bot-short-description-neutral = Information and everyday tips.
bot-description-neutral = Short answers and useful information.
command-start = Start again
command-menu = Main menu
command-exit = Exit and clear this chat
command-forget = Erase everything kept about me

## When something does not fit
error-unexpected-input =
    Sorry, I can only read the buttons, so nobody has seen what you wrote. Please choose below.
    If you are in danger: { $emergency_number }
error-stale-button = That button is no longer active. Here is where we are now.
error-processing-failed = Sorry, something went wrong on our side. Please send /start to continue.
error-slow-down = Please wait a moment before sending more. Your place in the conversation is kept.

## Web chat page
web-title = Gza
web-input-placeholder = Type a message
web-send = Send
web-connecting = Connecting…
web-offline = Connection lost. Trying again…
web-exit-note = The conversation was cleared from this page.

## Places (the cities of the directory, places.yaml)

## Screening: every question can be skipped
screen-ask-city =
    Where are you, or where would you like to get help?
    You can also send a location (📎 → Location); we only use it to find the nearest city.
screen-ask-needs = What do you need help with? Choose as many as you like, then press Done (or Skip).
need-legal = Legal help
need-medical = Medical care
need-testing = HIV, hepatitis, sexual health tests
need-harm-reduction = Harm reduction, substitution therapy
need-mental-health = Someone to talk to (mental health)
need-shelter = A safe place to stay
need-violence-support = Support after violence
need-documents-police = Documents, police
need-work-money = Work and money
screen-ask-work = Work and money: what would help? Choose any, then press Done (or Skip).
need-work-any = Anything about work and money
need-work-jobs = A job, or training for one
need-work-finance = Money skills and credit
need-work-childcare = Childcare
need-work-housing = Housing
need-work-business = Starting a business
need-work-mentoring = A mentor
need-lgbtqi-care = LGBTQI+ and trans care
need-other = Something else
screen-ask-about =
    If you like, tell us about yourself so we can find services known to treat people like you with respect. Choose any that fit, then press Done (or Skip). This stays anonymous.
group-women-who-use-drugs = A woman who uses drugs
group-sex-workers = A sex worker
group-violence-survivors = Someone who lived through violence
group-lgbtqi = LGBTQI+
group-displaced = Displaced, or hit by conflict
screen-prefer-not = I prefer not to say
screen-ask-language = In which language should the service speak with you?
screen-language-mine = The language of this chat
screen-language-any = Any language
screen-ask-prefs = Anything else that matters? Choose any, then press Done (or Skip).
pref-free = Free of charge only
pref-anonymous = Without giving my name

## Results
results-next = What would you like to do next?
results-more = Show more
results-talk = Talk to a person about this
results-refine = Refine the search
results-follow-up = Ask me later how it went
results-found = { $count ->
        [one] This service fits what you told us:
       *[other] These services fit what you told us:
    }
results-widened-nearby = Nothing fits in the city you chose, so here is what is in nearby cities:
results-widened-filters = Nothing fits every choice you made, so here is what fits with fewer conditions:
results-widened-both = Nothing here fits every choice you made, so here are similar services in nearby cities:
results-none =
    I am sorry: the directory has nothing that fits yet. A person from the team can help you find something; press "Talk to a person about this".
results-no-more = That is everything that fits. A person from the team can help you look further.

## One service, as a card
card-title = { $number }. { $name } — { $organization }
card-example = (example listing: not a real service)
card-why = ✓ { $reasons }
card-address = 📍 { $address }
card-map = { $url }
card-confidential = 📍 The address is given by phone.
card-remote = 📞 By phone or online, from anywhere.
card-phone = ☎ { $phones }
card-hours = 🕒 { $hours }
card-hours-unknown = 🕒 Ask for the opening hours by phone.
card-stale = ⚠ Not checked for over a year: please call before you go.
card-open-now = open now
card-closed-now = closed now
card-fees = 💳 { $fees }
reason-need = { $need ->
        [legal] legal help
        [medical] medical care
        [testing] testing
        [harm_reduction] harm reduction
        [mental_health] mental health
        [shelter] shelter
        [violence_support] support after violence
        [documents_police] documents and police
        [work_money] work and money
        [work_jobs] jobs and retraining
        [work_finance] money skills and credit
        [work_childcare] childcare
        [work_housing] housing
        [work_business] starting a business
        [work_mentoring] mentoring
        [lgbtqi_care] LGBTQI+ and trans care
       *[other] help
    }
reason-city = in { $city }
reason-near = { $km } km away
reason-remote = by phone or online
reason-language = { $language ->
        [ka] speaks Georgian
        [ru] speaks Russian
        [en] speaks English
        [az] speaks Azerbaijani
        [hy] speaks Armenian
        [uk] speaks Ukrainian
        [bg] speaks Bulgarian
       *[other] speaks your language
    }
reason-free = free
reason-anonymous = no name needed
reason-friendly-to = { $group ->
        [women_who_use_drugs] friendly to women who use drugs
        [sex_workers] friendly to sex workers
        [violence_survivors] experienced with survivors of violence
        [lgbtqi] friendly to LGBTQI+ people
        [displaced] experienced with displaced and conflict-affected people
       *[other] friendly to people like you
    }
reason-open-now = open now
reason-reported-friendly = people say they were treated with respect
reason-verified = checked { $date }

## Follow-up, only with consent
followup-consent =
    May we send you one short message in { $followup_days ->
        [one] { $followup_days } day
       *[other] { $followup_days } days
    } to ask how it went? It will only say "Hello from Gza" until you answer. If you use /exit or /forget before then, we will not write.
followup-consent-yes = Yes, one message
followup-consent-no = No, thank you
followup-agreed = Thank you. We will write once, and never again unless you ask.
followup-web-unavailable = The web chat cannot reach you later, so we will not send a follow-up here. You can come back any time.
followup-nothing = There is nothing to ask about yet: first look for services, then we can ask how it went.
followup-hello = Hello from Gza. May we ask you a short question?
followup-hello-yes = Yes
followup-hello-no = Not now
followup-which =
    A few days ago you looked at these services here. Which of them did you contact?
    { $followup_services }
followup-pick-1 = The first
followup-pick-2 = The second
followup-pick-3 = The third
followup-pick-none = None of them
followup-respect = Were you treated with respect there?
followup-respect-yes = Yes
followup-respect-no = No
followup-thanks = Thank you. Your answer helps others find services that treat people well.
followup-sorry =
    We are sorry this happened. We will tell the people who check the services, without saying who you are. Would you like to talk to a person?

## Curators: keeping the directory true, in a private chat with the bot

curator-only = This is only for the directory's curators.
curator-help =
    Directory curation.
    Send part of a service's name, in any language, or its id, to find it.
    /queue: reports of disrespect, and listings not verified for { $days ->
        [one] a day
       *[other] { $days } days
    } or more.
    /cancel: stop an edit.
    /console: a one-time link to the directory in the browser.
curator-button-queue = Queue
curator-found = Found { $count }; showing { $shown }. Choose one, or add a word to narrow it.
curator-found-none = Nothing found for “{ $query }”. Try part of the name, in any language, or the id.
curator-card =
    { $name } — { $organization }
    id: { $id }
    Status: { $status }
    Verified: { $verified } ({ $days ->
        [0] today
        [one] { $days } day ago
       *[other] { $days } days ago
    })
    Phones: { $phones }
    Hours: { $hours }
    Languages: { $languages }
    Needs: { $needs }
    Open reports of disrespect: { $reports }
curator-status-active = active
curator-status-temporarily-closed = temporarily closed
curator-status-inactive = inactive
curator-status-defunct = closed for good
curator-button-verify = ✓ Verified today
curator-button-close = Temporarily closed
curator-button-reopen = Reopen
curator-button-phone = ☎ Phone
curator-button-hours = 🕒 Hours
curator-button-languages = 🗣 Languages
curator-button-seen = Reports dealt with
curator-button-save = Save
curator-button-cancel = Cancel
curator-ask-phone = Send the new phone number for { $name }, like +995 32 200 00 00. Now: { $current }. /cancel keeps it.
curator-bad-phone = “{ $value }” is not a phone number: use digits, spaces and + ( ) -, like +995 32 200 00 00. Try again, or /cancel.
curator-ask-hours = Send the opening hours of { $name }, like: mon-fri 10:00-18:00; sat 10:00-14:00. Or 24/7, or by appointment. Now: { $current }. /cancel keeps them.
curator-bad-hours = Those hours could not be read ({ $reason }). Write them like: mon-fri 10:00-18:00; sat 10:00-14:00. Try again, or /cancel.
curator-ask-languages = Which languages does { $name } speak? Tick them, then Save.
curator-no-languages = A service needs at least one language: nothing was changed.
curator-saved = Saved. { $field }: { $old } → { $new }
curator-nothing-changed = Nothing changed.
curator-cancelled = Edit cancelled; nothing changed.
curator-gone = That service is no longer in the directory.
curator-reports-seen = The reports are marked as dealt with.
curator-queue-reports = Services with reports of disrespect: { $count }
curator-queue-report-line = • { $name }: { $count } (last on { $day })
curator-queue-stale = Not verified for { $days ->
        [one] a day
       *[other] { $days } days
    } or more: { $count }
curator-queue-stale-line = • { $name }: verified { $verified }
curator-queue-empty = Nothing waiting: no open reports, and every listing was verified within { $days ->
        [one] a day
       *[other] { $days } days
    }.
curator-digest-title = The weekly directory check.
curator-field-phones = Phone
curator-field-hours = Hours
curator-field-languages = Languages
curator-field-status = Status
curator-field-assured-date = Verified
curator-field-name = Name
curator-field-description = Description
curator-field-organization-id = Organization
curator-field-needs = Needs
curator-field-friendly-to = Friendly to
curator-field-free = Free
curator-field-anonymous = Anonymous
curator-field-fees-description = Fees
curator-field-accessibility = Accessibility
curator-field-location-ids = Locations
curator-field-url = Website
curator-field-service = Service
