# Evidence for the monthly figures: the kind of violence staff may record at closing (GBVIMS
# incident types, in their order of elimination), and the person's own "count my answers".
staff-already-closed = This case is already closed.
staff-violence-ask = Optional, for the monthly figures: what kind of violence did the person disclose? Record only what they told you; never ask them to name it.
staff-violence = { $kind ->
       [rape] rape
       [sexual_assault] sexual assault
       [physical_assault] physical assault
       [forced_marriage] forced marriage
       [denial_of_resources] denial of resources, opportunities or services
       [psychological_abuse] psychological or emotional abuse
       [not_violence] not violence
      *[not_disclosed] not disclosed
    }
staff-violence-noted = Recorded for the figures: { $kind } ({ $alias }).
staff-violence-already = The kind of violence is already recorded for this case.
staff-violence-how = Choose the kind of violence with the buttons under the closing note.
count-me-about = Counting my answers
count-me-ask = Gza counts answers for monthly figures that the bureaus take to local authorities, to ask for better and fairer services. Only numbers leave Gza, never who gave them, and a number is shown only when enough people are in it that nobody can be recognised. Counted are the buttons you press (place, needs) and, if you talk to the team, when and how your case ended. Shall we count your answers? You can change this in the menu at any time.
count-me-yes = Count my answers
count-me-no = Do not count my answers
