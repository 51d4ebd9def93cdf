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
