## The supervisor's monthly evidence page (bot/channels/console/report.py)
console-report-link = თვის ანგარიში დიაგრამებით (მცირე რიცხვები დამალულია)
console-report-title = თვის ანგარიში
console-report-month = თვე
console-report-all-bureaus = ყველა ბიურო
console-report-none = ჯერ არცერთი თვე არ არის დათვლილი: თვე ითვლება მისი დასრულების შემდეგ.
console-report-not-counted = ეს თვე არ არის დათვლილი; ნაჩვენებია ბოლო დათვლილი თვე.
