# Gza — Armenian (Eastern): words of a service card beyond the card-* messages of gza.ftl:
# hours, and the language of the listing. Same ids in every locale.

## Hours
card-by-appointment = 🕒 Նախնական գրանցմամբ․ նախ զանգահարեք։
card-hours-always = 🕒 Շուրջօրյա, ամեն օր (24/7)։
card-every-day = ամեն օր
card-all-day = շուրջօրյա

## Day names as people write them on a sign, Monday first
card-day-mon = երկուշաբթի
card-day-tue = երեքշաբթի
card-day-wed = չորեքշաբթի
card-day-thu = հինգշաբթի
card-day-fri = ուրբաթ
card-day-sat = շաբաթ
card-day-sun = կիրակի

## When a text of the listing is not in the person's language: the language it is in
card-texts-in = { $language ->
        [ka] (Այս ծառայության նկարագրությունը վրացերեն է։)
        [ru] (Այս ծառայության նկարագրությունը ռուսերեն է։)
        [en] (Այս ծառայության նկարագրությունը անգլերեն է։)
        [az] (Այս ծառայության նկարագրությունը ադրբեջաներեն է։)
        [hy] (Այս ծառայության նկարագրությունը հայերեն է։)
        [uk] (Այս ծառայության նկարագրությունը ուկրաիներեն է։)
        [bg] (Այս ծառայության նկարագրությունը բուլղարերեն է։)
       *[other] (Այս ծառայության նկարագրությունը այլ լեզվով է։)
    }
