# The danger route ("Yes, I am in danger"): after the emergency numbers, the nearest help open
# now, then one sentence about whether someone from the team will write back. The code picks
# the sentence that is true (a case is open, someone is on shift, when the team is back):
# never promise a person who is not coming.

## Whether someone from the team will write back (after the numbers)
emergency-team-told = We have told the team; they will write to you here. You can already write your message.
emergency-team-back = Nobody from the team can write back right now. They are back { $when } and will then see what you write here.
emergency-team-later = Nobody from the team can write back right now. When they are back, they will see what you write here.
emergency-team-none = Nobody can write back to you here right now. Please use the numbers above.

## The nearest help open now (short cards from the directory)
emergency-open-near =
    Open now, in or near { $place }:
    { $services }
emergency-open-by-phone =
    Open now, by phone or online:
    { $services }
emergency-service-title = { $name } — { $organization }
