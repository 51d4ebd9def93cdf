# Evidence for the monthly figures: the kind of violence staff may record at closing (GBVIMS
# incident types, in their order of elimination), and the person's own "count my answers".
staff-already-closed = Это обращение уже закрыто.
staff-violence-ask = По желанию, для ежемесячных данных: о каком виде насилия рассказал человек? Отмечайте только то, что человек сказал сам; никогда не просите его это назвать.
staff-violence = { $kind ->
       [rape] изнасилование
       [sexual_assault] сексуальное насилие (нападение)
       [physical_assault] физическое насилие
       [forced_marriage] принудительный брак
       [denial_of_resources] лишение ресурсов, возможностей или услуг
       [psychological_abuse] психологическое или эмоциональное насилие
       [not_violence] не насилие
      *[not_disclosed] не раскрыто
    }
staff-violence-noted = Отмечено для данных: { $kind } ({ $alias }).
staff-violence-already = Вид насилия для этого обращения уже отмечен.
staff-violence-how = Выберите вид насилия кнопками под сообщением о закрытии.
count-me-about = Учёт моих ответов
count-me-ask = Gza считает ответы для ежемесячных данных, которые бюро передают местным властям, чтобы добиваться лучших и справедливых услуг. Из Gza выходят только числа, никогда — кто ответил, и число показывается, только если в нём столько людей, что никого нельзя узнать. Считаются кнопки, которые вы нажимаете (место, потребности), и, если вы говорите с командой, когда и чем закончилось ваше обращение. Учитывать ваши ответы? Это можно изменить в меню в любое время.
count-me-yes = Учитывать мои ответы
count-me-no = Не учитывать мои ответы
