## What a channel can do decides what is said (dialogs/start.yaml: say_without, otherwise)

# The privacy note where the channel cannot delete the chat from the device (the web chat).
channels-privacy-note =
    სახელის თქმა საჭირო არ არის. ჩვენ ვინახავთ ღილაკებით გაცემულ თქვენს პასუხებს კოდით და არასდროს — ვინ ხართ. მათ ვშლით თქვენი ბოლო შეტყობინებიდან { $days ->
        [one] { $days } დღის
       *[other] { $days } დღის
    } შემდეგ; რასაც გუნდს სწერთ, მას გუნდი კითხულობს. „გასვლა“ ამ საუბარს გვერდიდან მაშინვე წაშლის, /forget კი წაშლის ყველაფერს, რასაც ვინახავთ.
    თუ ამ მოწყობილობით სხვაც სარგებლობს, გახსენით ეს გვერდი პირად (ინკოგნიტო) ფანჯარაში, რომ ბრაუზერმა მისი ისტორია არ შეინახოს.
# The city question where the channel cannot share a location.
channels-screen-ask-city = სად იმყოფებით, ან სად გსურთ დახმარების მიღება?
channels-handoff-already-open = გუნდთან უკვე დაკავშირებული ხართ: უბრალოდ აქ დაწერეთ. პასუხი მხოლოდ ამ გვერდზე მოგივათ, სანამ ის ღიაა (მისი განახლება შეიძლება). თუ დახურავთ, თავიდან დაიწყეთ და კიდევ ერთხელ იკითხეთ.
