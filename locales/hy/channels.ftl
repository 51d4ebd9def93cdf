## What a channel can do decides what is said (dialogs/start.yaml: say_without, otherwise)

# The privacy note where the channel cannot delete the chat from the device (the web chat).
channels-privacy-note =
    Ձեր անունը տալ պետք չէ։ Մենք պահում ենք կոճակներով տված ձեր պատասխանները ծածկագրով, բայց երբեք՝ թե ով եք դուք, և ջնջում ենք դրանք ձեր վերջին հաղորդագրությունից { $days ->
        [one] { $days } օր
       *[other] { $days } օր
    } անց․ այն, ինչ գրում եք թիմին, կարդում է թիմը։ «Ելք» կոճակն անմիջապես հեռացնում է այս զրույցը էջից, իսկ /forget հրամանը ջնջում է այն ամենը, ինչ պահում ենք։
    Եթե այս սարքից ուրիշ մարդ էլ է օգտվում, բացեք այս էջը գաղտնի (ինկոգնիտո) պատուհանում, որպեսզի դիտարկիչը այն չպահի պատմության մեջ։
# The city question where the channel cannot share a location.
channels-screen-ask-city = Որտե՞ղ եք գտնվում, կամ որտեղ կցանկանայիք օգնություն ստանալ։
channels-handoff-already-open = Դուք արդեն կապի մեջ եք թիմի հետ․ պարզապես գրեք այստեղ։ Պատասխանը ձեզ կհասնի միայն այս էջում, քանի դեռ այն բաց է (այն կարելի է թարմացնել)։ Եթե փակեք այն, սկսեք նորից և հարցրեք ևս մեկ անգամ։
