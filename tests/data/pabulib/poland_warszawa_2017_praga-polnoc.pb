META
key;value
description;District PB in Warsaw, Praga-Północ
country;Poland
unit;Warszawa
subunit;Praga-Północ
instance;2017
district;Praga-Północ
num_projects;33
num_votes;1978
budget;743000
vote_type;approval
rule;greedy
date_begin;14.06.2016
date_end;24.06.2016
min_length;1
max_sum_cost;743000
language;polish
edition;3
PROJECTS
project_id;cost;category;votes;name;target;selected
2448;3200;environmental protection,public space,urban greenery;1129;Ratujmy praskie kasztanowce;None;1
195;149262;public space,environmental protection,urban greenery;903;Kolejne zielone skwery Pragi;adults,children,seniors;1
2471;27000;education,culture;890;Tablice informacyjne o obiektach zabytkowych Pragi;None;1
2485;9000;environmental protection;823;Chronimy jerzyki i wróble na Pradze Północ;children,youth,adults,animals;1
2089;11000;public transit and roads;773;Łącznik rowerowy na Placu Weteranów od Sierakowskiego do Floriańskiej;youth,adults,families with children;1
178;4535;environmental protection,education;763;Ochrona ptaków gniazdujących w skrzynkach lęgowych w Warszawskim Ogrodzie Zoologicznym;animals,seniors,families with children;1
2491;28000;public space;762;Infrastruktura służąca oczyszczaniu miasta z psich ekskrementów.;None;1
1528;3000;education,culture,public space;749;Rota - regał;adults,seniors,families with children;1
183;150000;public space,public transit and roads,environmental protection;742;Nowe kosze na śmieci i psie odchody dla całej Pragi;children,adults,seniors;1
2218;2015;education,environmental protection,public space;705;Jak i czym - kampania dotycząca dokarmiania ptaków zimą;children,families with children;1
1924;120000;public space,sport;635;Strefa sportu nad Wisłą 2;children,youth,adults;1
1741;22645;environmental protection,public space,urban greenery;615;Budki dla ptaków – Eko Miasto;children,youth,animals;1
1286;51000;public space,health,urban greenery;568;Dosadzenie drzew przy Alei Tysiąclecia 151;adults,seniors,families with children;1
2345;42500;public space,urban greenery;520;Rewitalizacja trawnika na ul.Środkowej i Strzeleckiej;None;1
2473;14050;education,health;492;Bezpieczeństwo naszych dzieci i młodzieży na Pradze - Północ;children,youth;1
1865;125700;environmental protection,public space,urban greenery;473;Łąka kwietna przy Dworcu Warszawa ZOO - Eko Miasto;children,adults,animals;0
783;18000;sport,health;411;Zumba integruje, zumba ciało kształtuje - bezpłatne zajęcia dla wszystkich z równoczesnymi zajęciami dla dzieci;youth,seniors,families with children;1
254;75000;public transit and roads,public space,health;403;Wiaty rowerowe na parkingach strzeżonych;youth,adults,seniors;1
878;100000;public space,public transit and roads,urban greenery;376;3 razy 10 metrów kwadratowych przestrzeni publicznej. Parklety na Pradze Północ.;adults,people with disabilities;0
421;370000;education,sport,health;256;Skatepark na Pradze;children,youth,families with children;0
1171;20000;education,culture;253;Poznaj lokalny biznes na Pradze;adults,seniors,families with children;0
565;26470;education;240;Nowoczesny Przedszkolak;children;0
2108;139500;public space,sport,health;212;Kalistenika Park;youth,adults,students;0
140;156120;education;212;Żłobek dla malucha;families with children;0
1578;17600;education;178;Wspieraj swoje dziecko! Ocenianie kształtujące dla rodziców! - Praga Północ;adults,students;0
880;23100;education;174;Wolna wola – nauka odpierania manipulacji dla mieszkańców Pragi Północ;youth,adults,seniors;0
256;194500;public space;173;Minifotoplastikon;adults,people with disabilities,families with children;0
1942;189000;environmental protection;158;Ciepło pod kontrolą! :);children,youth,adults;0
596;150330;education,environmental protection,public space;154;Prascy uczniowie idą do zoo;children,youth,adults;0
1072;90000;public transit and roads,environmental protection,public space;150;Remont drogi wewnętrznej wraz z wykonaniem odwodnienia pomiędzy budynkami Jagiellońska 66A-64;adults,people with disabilities,families with children;0
921;99200;education,culture;130;Arystoteles z Pragi;youth,adults;0
268;743000;public transit and roads,public space,sport;109;Oświetlenie praskiej przestrzeni publicznej;children,youth,adults,seniors,students,people with disabilities,families with children,animals;0
1223;705651;health,urban greenery;95;Miejska sauna;adults,seniors,students;0
VOTES
voter_id;age;sex;voting_method;vote;neighborhood
79;50;M;internet;1924;Stara Praga i Szmulowizna z Michałowem
182;33;M;internet;596,878,178,2218,2485,2448,1286,1865;Stara Praga i Szmulowizna z Michałowem
202;35;M;internet;2089,2448,195,2218,2485,254,1865,178,183,1741,2473,1528,1924,2491,1578;Stara Praga i Szmulowizna z Michałowem
406;24;M;internet;195,2491,1286,421,1072,2089,2345;Stara Praga i Szmulowizna z Michałowem
414;38;M;internet;254,1286,2089,2491,183,1741,2471,2485,195,2473,178,878,2448,2218,1528,783;Stara Praga i Szmulowizna z Michałowem
423;43;F;internet;195,183,2491,2448,1286,2471,254;Stara Praga i Szmulowizna z Michałowem
451;42;M;internet;2108,1072,1924;Nowa Praga z Pelcowizną
459;38;M;internet;1223,2471,2448,1528;Stara Praga i Szmulowizna z Michałowem
579;56;M;internet;268;Nowa Praga z Pelcowizną
581;45;F;internet;2089,254,783;Nowa Praga z Pelcowizną
713;35;F;internet;2491,183,2218,2448,1741,178,2345,195,254,2108,2485,2471,2089,1171,1286;Nowa Praga z Pelcowizną
741;50;M;internet;1924;Nowa Praga z Pelcowizną
899;35;M;internet;2108,1924,195,2345,2491,183,2448,2471,1741,178,1286,2218,1528;Nowa Praga z Pelcowizną
918;39;M;internet;1924,2089,2471,183,2473,195;Stara Praga i Szmulowizna z Michałowem
1014;45;F;internet;1924,2491,183,1741,2471,421,2448,2218,2485,178,1528;Stara Praga i Szmulowizna z Michałowem
1141;31;F;internet;565,2345,195,783,140;Stara Praga i Szmulowizna z Michałowem
1182;36;M;internet;2473,1528,1924,140,195,2089,1578,178,1741,2448,2471,2218,1171,2485,1286,921,2491;Nowa Praga z Pelcowizną
1215;37;M;internet;2089,1741,1286,2448,2485,2471,254,1924,421,1528,1171,2473,178,2218;Stara Praga i Szmulowizna z Michałowem
1229;35;F;internet;140,565,178,195,1924,2473,921,596,1741;Stara Praga i Szmulowizna z Michałowem
1334;37;F;internet;268;Stara Praga i Szmulowizna z Michałowem
1342;38;F;internet;183,2485,2491,195,1924,783,140,2473;Nowa Praga z Pelcowizną
1428;33;F;internet;140,2089,2448,1924,565,2491,195,1286,2473,183,2485,1741,2218;Stara Praga i Szmulowizna z Michałowem
1433;31;M;internet;183,2473,2089,195,878,2491,2471,1171;Stara Praga i Szmulowizna z Michałowem
1451;31;F;internet;783,195,2448,596,1942,2491,1865,254,1528;Stara Praga i Szmulowizna z Michałowem
1457;29;F;internet;268;Stara Praga i Szmulowizna z Michałowem
1460;30;F;internet;2448;Nowa Praga z Pelcowizną
1499;32;M;internet;183,1924,2473,2491,2448,2485,256,178,2471,195,2089,1741,1528;Nowa Praga z Pelcowizną
1595;59;F;internet;178,596,2448,2485,2218,1528,195,1741,2471,1171,1865;Nowa Praga z Pelcowizną
1619;31;F;internet;2491,183,2448,2485,1865,178,1741,1286,1072,2345,195,880,2218,2089,1528,2473;Nowa Praga z Pelcowizną
1757;30;M;internet;1924,2473,1578,178,2491,596,1741,2448,2471,2218,2485,1528,783,2089,878,183,1286;Stara Praga i Szmulowizna z Michałowem
1785;24;M;internet;254,2471,1528,195,2089,878,2491,183,921,2448,1286;Stara Praga i Szmulowizna z Michałowem
1877;44;F;internet;1286;None
1904;26;M;internet;268;Nowa Praga z Pelcowizną
1975;68;M;internet;1924,254,195,2473,2491,183,2471,2485,1528,2089,921,2448,1741,178,565;Stara Praga i Szmulowizna z Michałowem
1999;30;F;internet;1924,2471,1171;Nowa Praga z Pelcowizną
2138;33;M;internet;2491,183,2448,1741,2485,178,1865,195,2471,2218,2473,878,1286,2345,2089,1528;Nowa Praga z Pelcowizną
2158;42;F;internet;1924,195,783,878,183,2471,2448,2491,178;Nowa Praga z Pelcowizną
2295;38;F;internet;195,2471,2448,183,2491,878,1924,1171,2485,1286,1741,178,2345,2473;None
2314;27;F;internet;195,2485,2448,880,1865,921,2345,2218,1924,2089,878,178,1741,2471;Stara Praga i Szmulowizna z Michałowem
2332;26;F;internet;1528,1924,2345,2108,421,178,2491,2448;Nowa Praga z Pelcowizną
2411;30;M;internet;2108;None
2423;47;M;internet;1286,2485,1072;None
2551;28;M;internet;2089,1223,2473,2448,1528,178;Stara Praga i Szmulowizna z Michałowem
2570;32;F;internet;2485,2448,183,2218,1741,1528,2471,178,2491,256,1171,596,1578,2473,880,2345,783,2089;Stara Praga i Szmulowizna z Michałowem
2761;32;F;internet;565;Stara Praga i Szmulowizna z Michałowem
2929;45;F;internet;178,1741,2218,2485,783,1924,183,1528,195,2471,1171,1286,2448,596,2089;Nowa Praga z Pelcowizną
2945;42;F;internet;1171;Stara Praga i Szmulowizna z Michałowem
2952;25;M;internet;1286,178,2471,2218,195,1528,2345,1865,2473,1741,2448,2485;Stara Praga i Szmulowizna z Michałowem
3052;37;F;internet;195,2471,1286,1865,183,2491,1924,2345,1528,1741,2448,2485;Stara Praga i Szmulowizna z Michałowem
3083;46;M;internet;268;Stara Praga i Szmulowizna z Michałowem
3118;31;F;internet;2108;Nowa Praga z Pelcowizną
3247;36;F;internet;783,2448,2491,178,421,2471,1578,2218,2485,1528,2108,1924;Nowa Praga z Pelcowizną
3255;24;F;internet;421,2108,2089,2491,1865,1528,2345,178,2485;Stara Praga i Szmulowizna z Michałowem
3281;36;F;internet;256,1286,2485,183,195;Stara Praga i Szmulowizna z Michałowem
3354;37;M;internet;268;Nowa Praga z Pelcowizną
3425;32;M;internet;183,421,2471,2448,2491,1924,2089,565,178,2218;Stara Praga i Szmulowizna z Michałowem
3446;32;F;internet;421;None
3545;35;M;internet;1528,1924,140,195,878,921,2448,2471,2345,2491,2473;Nowa Praga z Pelcowizną
3709;42;M;internet;2485,1924,783,178,2448,1741,1286,2471,2218,421,2491;Stara Praga i Szmulowizna z Michałowem
3881;30;M;internet;2485,1942,195,2491,1286,2448,2218,183,1924,1528,2473,2089,178;Stara Praga i Szmulowizna z Michałowem
3957;27;F;internet;1528,878,421,2471,195,2491,178,1286,2448,2218;Nowa Praga z Pelcowizną
3986;52;F;internet;565,1924,195,178,1072,1865,2491;None
4048;2;F;internet;2089,1865,183,1171,421,2448,2491,1741,2485,1528;Nowa Praga z Pelcowizną
4061;17;F;internet;1528,140,2491,783,878,256,1942,2471,1741,178;Stara Praga i Szmulowizna z Michałowem
4134;43;M;internet;195,1865,1942,1286,140,565,2473,2471;Nowa Praga z Pelcowizną
4264;48;F;internet;878,421,2108,2471,2089,1171,783,2491,2448,2218,1741;Stara Praga i Szmulowizna z Michałowem
4307;21;M;internet;256,195,421,2448,1741,1528;Stara Praga i Szmulowizna z Michałowem
4450;32;M;internet;565;Stara Praga i Szmulowizna z Michałowem
4467;43;F;internet;2491,183,421,596,2448,2471,2485,2218,1528;Stara Praga i Szmulowizna z Michałowem
4548;38;F;internet;565;Stara Praga i Szmulowizna z Michałowem
4584;18;F;internet;195,1924,2345,878,1942;Nowa Praga z Pelcowizną
4755;47;F;internet;256,421,2491,1924,2448,2471;Nowa Praga z Pelcowizną
4851;42;M;internet;2485,2089,1223,2448,178,2218;Stara Praga i Szmulowizna z Michałowem
4860;30;M;internet;1223,2471,2448;Nowa Praga z Pelcowizną
4932;32;M;internet;183,2485,254,1865,1741;Nowa Praga z Pelcowizną
4950;38;M;internet;195;Stara Praga i Szmulowizna z Michałowem
5042;39;F;internet;421,2491;Nowa Praga z Pelcowizną
5131;21;F;internet;1924,2345,1942,2491,1741,2485,2448,2108,2089,1865,1286;Nowa Praga z Pelcowizną
5137;61;M;internet;1528;Stara Praga i Szmulowizna z Michałowem
5240;32;F;internet;254,2089,2218,921,195,880,1578,1286,1528,178,1741,2448,1924;Stara Praga i Szmulowizna z Michałowem
5348;25;M;internet;1865;Stara Praga i Szmulowizna z Michałowem
5392;23;F;internet;2471,195,1924,2089,878,2108,256;Stara Praga i Szmulowizna z Michałowem
5402;40;F;internet;2089,183,2471;Stara Praga i Szmulowizna z Michałowem
5422;31;M;internet;195,1865,1528,1924,1286,878,2345,2089,178,2471,2448,2485,1741,2473,2218,783,2491;Nowa Praga z Pelcowizną
5463;27;F;internet;2448,1223,2485,1171,1528,2218;Stara Praga i Szmulowizna z Michałowem
5495;32;M;internet;195,2491,183,1741,2448,2485,421,178,2218,1528;Stara Praga i Szmulowizna z Michałowem
5619;34;F;internet;1528,1865,2089,2345,2491,2448,2485,878,1286,2108,195,1171,1741,2471,2218;Nowa Praga z Pelcowizną
5624;30;F;internet;183,880,1286,2448,254,421,2089,2345;Stara Praga i Szmulowizna z Michałowem
5672;25;F;internet;878,1528,1865,1924,195,2471,2108,2491,1741,783,178,2448,2218;Nowa Praga z Pelcowizną
5725;22;M;internet;421;Nowa Praga z Pelcowizną
5759;21;M;internet;421,2448,2485,178,195,878,2491,2089,2345,1741,2218;Nowa Praga z Pelcowizną
5970;36;M;internet;195,2471,2485,2089,1072,1286,2448,1741,183,2491,2345,1865,2473,2218,178,1528;Nowa Praga z Pelcowizną
6041;32;F;internet;1924,195,1865,256,178,2218,2485,2448,1741,1286,2471;Stara Praga i Szmulowizna z Michałowem
6210;39;F;internet;1865,2491,2485,2448,2108,880,2089,1924;Nowa Praga z Pelcowizną
6237;25;F;internet;140,1072,421,1924,2448,2218;Nowa Praga z Pelcowizną
6303;34;M;internet;256,183,2471,2218,1924,2345,878,2491,2448,1741,2485,1528,178,565;Stara Praga i Szmulowizna z Michałowem
6322;47;M;internet;783,195,421,2491,2448,1528,1924,178,1741,2485,2473;Nowa Praga z Pelcowizną
6454;37;F;internet;1223;None
6586;31;M;internet;1223,2089,178,2448,2485;Stara Praga i Szmulowizna z Michałowem
6598;30;F;internet;2089,195,183,2485;Stara Praga i Szmulowizna z Michałowem
6639;46;F;internet;783,421,1072;Nowa Praga z Pelcowizną
6769;42;M;internet;878,2491,880,178,2108,2448,2089,2471,2485,1286,1942,195;Nowa Praga z Pelcowizną
6779;30;F;internet;1072,254,2089,1865,2345,178,2448,1741,2471,1286,183,2491,878,2485,1528;Nowa Praga z Pelcowizną
6865;44;F;internet;1286,2485,2491;Stara Praga i Szmulowizna z Michałowem
6877;28;F;internet;140,2491,1942,1924,2089,195,565,2471,1171;Nowa Praga z Pelcowizną
6892;45;M;internet;268;None
7121;28;M;internet;1924,421,256;Nowa Praga z Pelcowizną
7135;44;M;internet;2485,2448;Stara Praga i Szmulowizna z Michałowem
7187;48;F;internet;1942,596;Stara Praga i Szmulowizna z Michałowem
7190;45;M;internet;2491,2471,183;Nowa Praga z Pelcowizną
7247;43;F;internet;783,254,140,195,2089,2473,1865,2345,2491,2448,1286,2471,2218,880,178,2485,1528;Nowa Praga z Pelcowizną
7275;23;M;internet;2345,2471,183,2448,421,878;Stara Praga i Szmulowizna z Michałowem
7281;42;F;internet;565;None
7283;50;F;internet;1286,183,2491,878,1924,2448,195,2471,2089,2473,1741,565,1578,178,783;Stara Praga i Szmulowizna z Michałowem
7292;42;F;internet;783,254,1924,140,195,2089,2473,1865,565,2345;None
7364;43;F;internet;565,1942,596,1924,783;Stara Praga i Szmulowizna z Michałowem
7379;35;F;internet;183,2345,596,2473,195,1924,2491,2448,2471,1528,178,1171,2485,2218,783;None
7411;33;F;internet;140,565,2345,2491,183,783,254,2473,1924,921,2448,1528,178,2218;Nowa Praga z Pelcowizną
7431;39;M;internet;2345,1924,2108,921,2471,783,254,2473,2089,878,2448;Stara Praga i Szmulowizna z Michałowem
7502;36;F;internet;783,254,1528,2473,140,1865,178,2491,596,2448,2485,2218,2471,1741,565,2345,2089,880;Stara Praga i Szmulowizna z Michałowem
7572;37;F;internet;565,596,183,2345;Nowa Praga z Pelcowizną
7581;35;F;internet;565;None
7592;60;F;internet;178,1741,2448,1286,2485,2473,565,195,2471;Stara Praga i Szmulowizna z Michałowem
7797;22;M;internet;178,1741,2485;Nowa Praga z Pelcowizną
7852;27;F;internet;195,2491,183,2448,1286,2345,783,140,2089,1865,1528,178;Stara Praga i Szmulowizna z Michałowem
7909;54;M;internet;1865,178,1741,2448,1286,421,2485,1072,2473,2491,2089,1528,2218;Nowa Praga z Pelcowizną
7968;25;F;internet;2471,1171,2491,878,2089,1578,195,1924,1528,565,1942,2473,880,2448,2485,2218;Stara Praga i Szmulowizna z Michałowem
7993;34;M;internet;2485;Stara Praga i Szmulowizna z Michałowem
8052;27;F;internet;195,256,878,2448,2485,1528,2491,183,1741,1286,2089,178,2473,2218;Nowa Praga z Pelcowizną
8054;45;F;internet;254,195,2089,2345,2448,1286,421,2471;Nowa Praga z Pelcowizną
8145;25;F;internet;1924,254,2089;Stara Praga i Szmulowizna z Michałowem
8150;24;M;internet;1223,2089;Stara Praga i Szmulowizna z Michałowem
8176;21;F;internet;195,1865,178,2485,2471,1286,2448,1741,183,878,2473,2089,254;Nowa Praga z Pelcowizną
8240;19;M;internet;878,195,2089,1072;Stara Praga i Szmulowizna z Michałowem
8274;26;M;internet;254,1924,2471;Nowa Praga z Pelcowizną
8287;38;M;internet;195,2491,2471,183,1741,2448,1286,178,878,256,2485,2218;Stara Praga i Szmulowizna z Michałowem
8298;46;F;internet;254,1528,195,2089,1865,256,878,1741,2218,2448,2485,2471;Nowa Praga z Pelcowizną
8464;37;M;internet;1528,2448,2471,2218,2485,1741,254,2089,2345,178,183,195,1924,1286,2491,2473;Nowa Praga z Pelcowizną
8584;48;M;internet;1286,2485,2448,183,2089,878,178,2491,1072,1741,2471,195,2345,565,2473,1528;Stara Praga i Szmulowizna z Michałowem
8626;50;F;internet;1072;Stara Praga i Szmulowizna z Michałowem
8687;45;F;internet;178,2448,2491,2089,195,1741,2485,1072;Stara Praga i Szmulowizna z Michałowem
8716;21;F;internet;2471,421,2491,878,2473,1528,254,1741,2448,921;Stara Praga i Szmulowizna z Michałowem
8793;41;F;internet;2448,1223,2485,1741,2218;Nowa Praga z Pelcowizną
8935;36;F;internet;1223,2089,178,2448,783;Stara Praga i Szmulowizna z Michałowem
8941;42;M;internet;2485,2218,1286,2448,1741,596,178,1924,195;Stara Praga i Szmulowizna z Michałowem
8954;35;F;internet;183,2485,2471,1528,195,2448,1171,1286,2491,1924,2108;Nowa Praga z Pelcowizną
8984;52;F;internet;183,195,1741,2471;Stara Praga i Szmulowizna z Michałowem
9064;24;M;internet;2089,183,878,1924,2471,2473,1865,256;Stara Praga i Szmulowizna z Michałowem
9069;33;F;internet;254,2345;Stara Praga i Szmulowizna z Michałowem
9125;28;F;internet;2491,183,2218,2485,178,1741,1286,2448,2089,195,1924,1528,140,783,2473;Nowa Praga z Pelcowizną
9252;31;M;internet;195,183,1286,2491,1924,1865,1072,1171,178,2448;Stara Praga i Szmulowizna z Michałowem
9416;25;F;internet;195,140,2345,2491,183,2471;Nowa Praga z Pelcowizną
9518;51;F;internet;565;Nowa Praga z Pelcowizną
9542;61;M;internet;2089;Stara Praga i Szmulowizna z Michałowem
9572;27;M;internet;1171,1286,2448,1741,2108,2089,195,1924,2485,178,2471,1865,2345,1578;Stara Praga i Szmulowizna z Michałowem
9662;33;F;internet;268;Nowa Praga z Pelcowizną
9720;28;F;internet;2491,183,2485,1286,195,1171,2218,2471,2448,1741,1865,2108,178,2089;Stara Praga i Szmulowizna z Michałowem
9735;42;M;internet;1528,1924,178,2491,183,596,1741,2448,2471,2218,1578,1865,2473,880,2485,565;Nowa Praga z Pelcowizną
9766;35;F;internet;1924,195,2345,256,878,2448,2471,2218,2485,1528,178;Nowa Praga z Pelcowizną
9806;49;M;internet;1223;Nowa Praga z Pelcowizną
9846;33;F;internet;1578,880,256,783,2473,1942,1171,2108,1528,2218,1072,2471,2448;None
9866;25;F;internet;565;None
9908;44;M;internet;1286,2448,140,1924,195,2089,2491,1741,565,2485,596;Stara Praga i Szmulowizna z Michałowem
10052;25;M;internet;254,880,195,2089,1865,2345,2448,1528,1072,2491,2471,2485,1578,178,2218,1741,1286,783,1171,2473;Nowa Praga z Pelcowizną
10065;33;F;internet;878,195,2448,2485,183,254,1286,1741,2089,2471,1072,2345,178,2218,1528;Stara Praga i Szmulowizna z Michałowem
10124;39;F;internet;565;None
10133;18;F;internet;783,1223,2485,2448,178,2218;Stara Praga i Szmulowizna z Michałowem
10195;39;M;internet;1924,140,2473,2108,596,2485,2448,783,565,2491,178,1741,2471,2218,1578,1528;None
10293;47;F;internet;2089,256,178,2448,1741,2491,1286,2485,2471,2218,421,783;Nowa Praga z Pelcowizną
10335;59;M;internet;421;Nowa Praga z Pelcowizną
10336;17;F;internet;268;None
10410;39;M;internet;2089,2471,2448,2473,178,2491,2485,195,1865,2345,1578,1924,140;Stara Praga i Szmulowizna z Michałowem
10430;25;F;internet;921,1924,2089,1286,2471,2448,183,195,254,1171,1528,2485,1741,2218;Stara Praga i Szmulowizna z Michałowem
10506;43;F;internet;1528,1924,195,1865,565,2345,178,2491,183,1741,2448,2471,2218,2485,2089,1578;Nowa Praga z Pelcowizną
10577;54;F;internet;256;None
10579;60;F;internet;421;Nowa Praga z Pelcowizną
10611;42;F;internet;178,2485,2471,2448,1741,254,183,783,2108,596,921,2218,2345;Stara Praga i Szmulowizna z Michałowem
10682;30;M;internet;268;Stara Praga i Szmulowizna z Michałowem
10714;31;F;internet;1286,2089,2485,2448,1741,183,2491,178,1924,783,2473,1942,2218;None
10716;62;F;internet;2473;Nowa Praga z Pelcowizną
10748;31;M;internet;2485,1286,2448,1741,2491,178,256,1865,2089,1924,195,1171,2218;Nowa Praga z Pelcowizną
11065;36;F;internet;1223;None
11089;28;F;internet;1072,1528,1924,2089,178,596,2448,2485,783,1942,921,2471,2218,2473;Nowa Praga z Pelcowizną
11224;30;F;internet;783;Nowa Praga z Pelcowizną
11302;33;F;internet;2218,783,195,1286,2473,1924,1578,421;Stara Praga i Szmulowizna z Michałowem
11441;38;F;internet;783;Stara Praga i Szmulowizna z Michałowem
11471;36;F;internet;183,1741,2448,2485;Nowa Praga z Pelcowizną
11521;24;M;internet;2089,1942,2345,1072,2473,783,195,254,1924,880,2448,2218,178;Stara Praga i Szmulowizna z Michałowem
11565;33;F;internet;1924,1741,178,2218,2485,1171,254,140,2448,2471,1528,195,2491,1286,565,2345;Nowa Praga z Pelcowizną
11598;37;M;internet;783;Stara Praga i Szmulowizna z Michałowem
11668;59;M;internet;268;Stara Praga i Szmulowizna z Michałowem
11728;28;M;internet;183,2471,2491,2345,195,1741,1924,254,2089,2448,1528;Nowa Praga z Pelcowizną
11759;68;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
11865;18;M;internet;1223,2471,178,1528,2218;Nowa Praga z Pelcowizną
11870;38;M;internet;1223;Nowa Praga z Pelcowizną
11922;58;F;internet;268;Nowa Praga z Pelcowizną
12021;39;M;internet;2473,1865,2491,183,421,2345;Stara Praga i Szmulowizna z Michałowem
12065;24;M;internet;1223,2448,2485,178,2089;Stara Praga i Szmulowizna z Michałowem
12084;57;F;internet;268;Stara Praga i Szmulowizna z Michałowem
12184;31;F;internet;783,1924,195,2089,2473,565,2491,183,2485,1072,1741,2448,1286,1578,880,178,2218,1528;Stara Praga i Szmulowizna z Michałowem
12236;30;F;internet;783,140,2473,1072,565,1171,880;Nowa Praga z Pelcowizną
12480;25;F;internet;2491,183,2089,2345,195,2471,1171,1072,1286,2448,783,178;Stara Praga i Szmulowizna z Michałowem
12507;43;F;internet;421,2471,183,2491,195,2473,1528;Nowa Praga z Pelcowizną
12515;64;M;internet;195,2089,254,1286,2471,1171,2473,2345;Stara Praga i Szmulowizna z Michałowem
12541;50;M;internet;2089,178,2491,1741,2448,2485,1286,254;Stara Praga i Szmulowizna z Michałowem
12604;50;F;internet;2485,1072,2448,1741,183,178,1865,195,783,1924,2218,565,1528,2473;Nowa Praga z Pelcowizną
12636;33;M;internet;183;Stara Praga i Szmulowizna z Michałowem
12674;33;F;internet;2108,783;Nowa Praga z Pelcowizną
12686;65;M;internet;256;None
12763;28;F;internet;783,1924,140,1942,596,2473,565,2491,2448,2471,1528,178,2218;Stara Praga i Szmulowizna z Michałowem
12828;60;F;internet;1924,195,2089,2491,2471,2473,2448,1942;Stara Praga i Szmulowizna z Michałowem
13025;50;M;internet;2108;Stara Praga i Szmulowizna z Michałowem
13085;30;F;internet;183,1942,2471,421,2448,2218;Nowa Praga z Pelcowizną
13170;35;F;internet;1924,421;Nowa Praga z Pelcowizną
13192;31;F;internet;1924,2473,421,2345,2089,1865,1741,2448,2218,2485,1528,178;Nowa Praga z Pelcowizną
13299;40;M;internet;256,2089,178,2491,1741,2448,1286,2471,2485,183,254,1924,783,2473,2218,1528;Stara Praga i Szmulowizna z Michałowem
13387;35;F;internet;195,178,1741,2485,2471,1528,1865,2345,183,2108,2448,1286,2218,2089;Nowa Praga z Pelcowizną
13437;33;M;internet;2345,921,2491,178,1741,1942,2473,2089,1286,254,1924,2485,880,2218,565,2448,1578;Nowa Praga z Pelcowizną
13452;32;F;internet;565,195,140,183,2491,2345,878,2473,1286,2218,1578;None
13460;36;F;internet;2089,1865,2448,1741,183,195,140,1286,2485;Nowa Praga z Pelcowizną
13467;30;F;internet;1924,2089,140,195,2471,2485,2448,183,878,1528,178,2218;Stara Praga i Szmulowizna z Michałowem
13551;26;M;internet;254,2089,183,2491,2471,1171,1072;Nowa Praga z Pelcowizną
13574;43;F;internet;2473,2108,1924,2471;Nowa Praga z Pelcowizną
13593;47;F;internet;1528,195,2345,183;Stara Praga i Szmulowizna z Michałowem
14067;34;M;internet;2485,178,1942,596,921,2491,183,1171,2448,1741,2471;Stara Praga i Szmulowizna z Michałowem
14266;33;F;internet;183;Stara Praga i Szmulowizna z Michałowem
14289;23;M;internet;1072,140,195,1286,2471,565,2473,2089,1528,1865,2345,1578,2491;Stara Praga i Szmulowizna z Michałowem
14296;36;F;internet;565,195,183,2473;Nowa Praga z Pelcowizną
14398;36;F;internet;1223,2485,2448,1741,2218;Stara Praga i Szmulowizna z Michałowem
14439;20;F;internet;195,1865,2485,421,2448,2471,1741,2218,178,880,1528;Nowa Praga z Pelcowizną
14607;27;M;internet;195,2089,183,2471;Stara Praga i Szmulowizna z Michałowem
14620;17;F;internet;783,1223,2089,2448,1528;None
14634;33;M;internet;2089,2491,2448,2485,195,1865,178,183,1741,1286,2471,2218;Stara Praga i Szmulowizna z Michałowem
14671;25;M;internet;268;Stara Praga i Szmulowizna z Michałowem
14751;42;M;internet;1924,195,2089,1865,878,2491,921;Stara Praga i Szmulowizna z Michałowem
14910;32;M;internet;268;Nowa Praga z Pelcowizną
15035;35;M;internet;1528,195,921,596;Stara Praga i Szmulowizna z Michałowem
15258;33;F;internet;195,2485,2448,178,1741,1865,1286,783,1528,2345,2491,596,2473,2218,2471,565,2089,1578,1171;Nowa Praga z Pelcowizną
15287;68;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
15495;51;F;internet;1741,1286,2471,2218,2485,195,2473,256,178,2448,1528,2345,1865;Stara Praga i Szmulowizna z Michałowem
15523;36;F;internet;1286,183,2473,783,195,2491,2471,2448;Stara Praga i Szmulowizna z Michałowem
15539;38;M;internet;2448,2471;None
15725;37;F;internet;1286,2485,2471,1924,183,2089,2345,178,2491,1741,2448,195,1072,2473,783,2218;Stara Praga i Szmulowizna z Michałowem
15854;29;F;internet;2471,1924,2089,254,195,2448,1171;Stara Praga i Szmulowizna z Michałowem
15978;35;F;internet;195,2473,254,2089,1865,2448,1286,2471,183,1924,2485,2218,1528;Stara Praga i Szmulowizna z Michałowem
16139;59;M;internet;1072,1286,2485;Stara Praga i Szmulowizna z Michałowem
16351;69;F;paper;2473;None
16479;42;F;internet;268;Stara Praga i Szmulowizna z Michałowem
16530;33;M;internet;268;Stara Praga i Szmulowizna z Michałowem
16544;22;F;internet;783,256,1286,2491,1924,2448,1171,2473,2345,195,921;None
16794;49;F;internet;878,2491,183,2485,1528,1924,2089,2448,2471;Stara Praga i Szmulowizna z Michałowem
16878;27;F;internet;421,1865,1924,2485,1286,2448,2089,2491,178,1528,2473,2218;Stara Praga i Szmulowizna z Michałowem
17002;25;M;internet;783;Stara Praga i Szmulowizna z Michałowem
17115;25;F;internet;140,1924,2089,2473,2491,421,2485,1171,2448,2218,178,1528;Stara Praga i Szmulowizna z Michałowem
17169;44;F;internet;2485,2471,2448,1741,183,2491,1924,195,178,2218,2089,1865,2345,1171,2473,1528;Stara Praga i Szmulowizna z Michałowem
17252;30;F;internet;140;Nowa Praga z Pelcowizną
17315;30;F;internet;254,1528,2089,1865,878,2491,183,1942,1741,2448,2218,2485,1171;Nowa Praga z Pelcowizną
17323;60;F;internet;195,1741,2448;Stara Praga i Szmulowizna z Michałowem
17546;46;F;internet;268;Stara Praga i Szmulowizna z Michałowem
17560;19;F;internet;878,1865,1072,421,1741,178,2471;Nowa Praga z Pelcowizną
17605;51;F;internet;2485,1741,2108,195,178,2448,1286;Stara Praga i Szmulowizna z Michałowem
17653;24;M;internet;2485,2108,1942,1924,140,178,2448;Stara Praga i Szmulowizna z Michałowem
17726;30;M;internet;1924,2108,421,178,2471,2448,1741,2089,2485,2491,1528,2218;Nowa Praga z Pelcowizną
17772;26;M;internet;783,2485,2218,2448,178,2473;Stara Praga i Szmulowizna z Michałowem
17816;59;M;internet;1286;Stara Praga i Szmulowizna z Michałowem
17820;48;F;internet;1528,1924,140,2471,2108,1865,2345,878,1741,2448,2218;Nowa Praga z Pelcowizną
17851;48;F;internet;195,2471,2448,2473,1865,1578,878,183,1741,2491,2089,1528,783,565,178,1171,2485,2218;Stara Praga i Szmulowizna z Michałowem
18018;28;F;internet;254,2448,2471,2218,2485,1942,178,2345,1865,2089,1924,880,1528,1741,1286,2491;Nowa Praga z Pelcowizną
18024;56;F;internet;2448,2485,195,178,183,2491;Stara Praga i Szmulowizna z Michałowem
18033;45;M;internet;1223;None
18388;36;M;internet;1223,1528,2485,1741,2218;Stara Praga i Szmulowizna z Michałowem
18725;28;F;internet;1223,2471,2448,1528,2218;Nowa Praga z Pelcowizną
18763;26;M;internet;783,2471,2485,254,2089,178,2491,1741,2218,2448,2108,1924,195,1865,1528;Stara Praga i Szmulowizna z Michałowem
18793;42;F;internet;268;Stara Praga i Szmulowizna z Michałowem
18807;45;F;internet;2485,178,195,1865,1741,2448,2218;Nowa Praga z Pelcowizną
18858;32;M;internet;183,2108,1286,2471,254,1924,195,2448,1171;Stara Praga i Szmulowizna z Michałowem
18874;32;F;internet;2089,1865,2491,183,1286,1924,195,2448,1741,2485,2345,178;Stara Praga i Szmulowizna z Michałowem
18876;29;F;internet;421,2089,1865,1924,1072,2473,2448,2485;Nowa Praga z Pelcowizną
18930;28;F;internet;1924,2089,195,178,2491,1286,421,2485;Nowa Praga z Pelcowizną
19033;49;F;internet;2485,195,2448,2345;Nowa Praga z Pelcowizną
19053;32;F;internet;783,1924,2089,1528,2491,183,1942,2448,2108,1286,2471;Nowa Praga z Pelcowizną
19055;32;M;internet;254,195,2089,183,1286,2485,1072,2218,2448,1741,2491,1865,178;Nowa Praga z Pelcowizną
19075;36;M;internet;183,1865,2491;Stara Praga i Szmulowizna z Michałowem
19155;33;F;internet;1528,2448,2471,2218;Nowa Praga z Pelcowizną
19243;29;F;internet;195,178,2491,1741,2485,1171,1072,254,2345,2448,1286,1528,2089,783,140,2473,2471,2218;Stara Praga i Szmulowizna z Michałowem
19268;14;F;internet;421,1924,783;Nowa Praga z Pelcowizną
19455;21;F;internet;1924,195,183,1286;Stara Praga i Szmulowizna z Michałowem
19502;28;F;internet;1286,195,1865,878,178,2448,1741,2485,256,1528,2218,1171,2345,2089;Stara Praga i Szmulowizna z Michałowem
19713;39;F;internet;1223,2089,2448,178,2218,2485,1528;Stara Praga i Szmulowizna z Michałowem
19774;46;F;internet;183,2485,195,1865,2491,2471,1072,2448,1741,2345,254,783;Nowa Praga z Pelcowizną
19896;56;F;internet;1286,2485;Stara Praga i Szmulowizna z Michałowem
19932;41;M;internet;2089,2491,183,1286,195,1924;Stara Praga i Szmulowizna z Michałowem
19976;73;F;paper;2473;None
20038;29;F;internet;421,1865,256;None
20077;37;F;internet;2471,2089,256,183,195,1924,2345,2491,2448;Nowa Praga z Pelcowizną
20150;36;F;internet;565,783,140,2471,1171,1578,2491,1924,195,596,2089,2473,178;Stara Praga i Szmulowizna z Michałowem
20463;38;M;internet;2448;Stara Praga i Szmulowizna z Michałowem
20613;25;F;internet;783,2491,178,1741,2473,195,140,183,2448,1286,2471,2485,878,2218,1528;Stara Praga i Szmulowizna z Michałowem
20634;43;M;internet;1528,2089,2491,2448,2471,2485,2218,1924,2473,2345,565,2108,783,256,921,178;Nowa Praga z Pelcowizną
20759;69;M;internet;1528,878,2491,183,2108,2448,1286,2485,1171;Stara Praga i Szmulowizna z Michałowem
20858;33;F;internet;2345,2471,2108,1942,256,178,1924,1741,2448;Nowa Praga z Pelcowizną
20926;28;F;internet;2473,783,1924,2491,2448,2218,2471,1528,880,140,1072,183,1171,2485,1741,178,565,1578;Nowa Praga z Pelcowizną
20972;6;M;internet;783,140,2491,183,596;Nowa Praga z Pelcowizną
21034;49;M;internet;783,195,1865,2345,2485,421,2448,1741,2218;Stara Praga i Szmulowizna z Michałowem
21227;18;F;internet;1286,183,1924,421,2471;Stara Praga i Szmulowizna z Michałowem
21313;28;M;internet;268;Nowa Praga z Pelcowizną
21318;42;F;internet;1286,2471,183,1924,195,2473,1942,783,2448,2485,2089;Stara Praga i Szmulowizna z Michałowem
21350;24;M;internet;254,2473,596,565,183,1942,1286,2345,2089,178,2448,783,1528;Stara Praga i Szmulowizna z Michałowem
21447;34;F;internet;2448,2471,140,195,2491,1865,1578,2108,783,2473,1286,2089,2218;Nowa Praga z Pelcowizną
21468;44;M;internet;1286;Nowa Praga z Pelcowizną
21485;38;F;internet;1072,1578,2345,565,2473,140,1924,254,195,2089,783,2218,2485,2448,178;None
21491;34;M;internet;2471,256,195,1072,183,1924,1528,2448,178;Stara Praga i Szmulowizna z Michałowem
21611;24;M;internet;2485,178,183,2491,1741,2448,2471,1286,1924,195,596,2218,2473,2089;Stara Praga i Szmulowizna z Michałowem
21619;45;F;internet;1286,2485,2473,256,1942,2448,2491,183,878,1528;Stara Praga i Szmulowizna z Michałowem
21732;29;M;internet;1072,183;Nowa Praga z Pelcowizną
21785;34;M;internet;1528,178,2491,1741,2485,195,254,2089,2345,878,183,2448,1286,2471,2218,783,880,2473;Stara Praga i Szmulowizna z Michałowem
21907;37;F;internet;783,1924,183,2491,2473,2485,195,178,1741,2448,2471,2218;Stara Praga i Szmulowizna z Michałowem
21975;31;F;internet;1924,878,178,2485,2108,1741,1286,2448,2089,2471,183,254,2491;Stara Praga i Szmulowizna z Michałowem
22021;34;F;internet;421,1924,2345,2491,183,2485,1741;Nowa Praga z Pelcowizną
22176;43;M;internet;268;Stara Praga i Szmulowizna z Michałowem
22295;58;M;internet;565,1865,2491,2448;None
22392;35;F;internet;1942,2448,2471,2485,2473,183,2491,195,1528,783,596,2218;Stara Praga i Szmulowizna z Michałowem
22682;33;F;internet;565;None
22922;49;M;internet;183,783,2491,2471,2473,140,1924,195,565,880,1578,1528,2448,178,2218;Stara Praga i Szmulowizna z Michałowem
22962;38;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
22991;28;M;internet;254,1528,2108,1072,878,1924,1942,2089,2448,2218,2485;Stara Praga i Szmulowizna z Michałowem
23007;30;F;internet;268;Nowa Praga z Pelcowizną
23079;63;F;internet;1865,2448,2471,1072,1924,2345,195;Nowa Praga z Pelcowizną
23146;42;F;internet;1924,195,2491,2345,183,2448,2471,1741,2089,178,1286,1865,1528,2218;Stara Praga i Szmulowizna z Michałowem
23183;62;F;internet;195,921,2448,1286,421;None
23235;36;M;internet;1223,2089,2448,1741;Stara Praga i Szmulowizna z Michałowem
23318;63;F;internet;2345,183,2471,2491,878,195;Nowa Praga z Pelcowizną
23325;26;F;internet;783;Stara Praga i Szmulowizna z Michałowem
23851;51;M;internet;254,878,2448,2471,421,1865,2089,1528,1741,178;Nowa Praga z Pelcowizną
24079;48;F;internet;178,183,1741,2485,2089,2471,1865,195,1286,2448,2491,140,2218;Stara Praga i Szmulowizna z Michałowem
24211;24;M;internet;2089,878,1286,2471,2448,2485,1171,2218,1741,1942,178,256,880,1528,2491;Stara Praga i Szmulowizna z Michałowem
24309;38;M;internet;2089,1286,2448,1741,2485,178,2345,1865,195,878,2491,183,2218,2471;Nowa Praga z Pelcowizną
24374;26;F;internet;1924,254,2448,183,2108,2491,1286,2485,1528,2473,1865,178,2218,2089;Nowa Praga z Pelcowizną
24412;54;F;internet;1528,195,2089,1865,2345,178,2491,1741,2448,2485,183,1942,2218;Nowa Praga z Pelcowizną
24467;58;F;internet;195,2448,1286,2471,2473;Nowa Praga z Pelcowizną
24829;36;F;internet;783,1924,2089,878,2491,1942,2448,2471,596,2473,254;Stara Praga i Szmulowizna z Michałowem
24892;36;F;internet;1528,2491,183,2448,1741,1286,195,1865,2345,178,2485,2089,254,2471,1171,2218,783;Nowa Praga z Pelcowizną
25037;32;M;internet;1924,254,2089,2345,195,183,1942,2218,2448;Stara Praga i Szmulowizna z Michałowem
25055;55;M;internet;254,195,2089,2491,183,2448,1865;Stara Praga i Szmulowizna z Michałowem
25196;36;F;internet;565,1924,2473,2345,878,2491,2471,183,1578,1741,1286,2218,2485,1171,1072,2448,178,2089,1528;Nowa Praga z Pelcowizną
25307;44;F;internet;2345;Nowa Praga z Pelcowizną
25334;33;F;internet;256,2485,1171,421,878,178;Nowa Praga z Pelcowizną
25731;25;F;internet;2485,2448,1741,178,195,1865,2345,2089,254,1924,183,2491,2218;None
25883;24;F;internet;783,1924,1171,254,2089,2345,2448,1286,2471,2218,421,1528;Nowa Praga z Pelcowizną
25960;27;F;internet;1924,1865,183,195,1578,1741,1286,921,178,1528;Stara Praga i Szmulowizna z Michałowem
26100;35;M;internet;1924,195,2108,2089,1865,2345,2471,2491,878;Nowa Praga z Pelcowizną
26349;30;M;internet;195,254,421;Stara Praga i Szmulowizna z Michałowem
26527;28;M;internet;1578,2448,2485,2218,1741,2491;Nowa Praga z Pelcowizną
26571;49;F;internet;2485,178,183,1741,2448,2218;Stara Praga i Szmulowizna z Michałowem
26577;27;M;internet;268;Nowa Praga z Pelcowizną
26633;61;F;paper;1741,2448,1286;Nowa Praga z Pelcowizną
26660;34;M;internet;878,1741,195,1528,1924,2089,254,2448,1286;Stara Praga i Szmulowizna z Michałowem
26721;30;M;internet;254,195,2471,2448,183,2491,2089,1528,1924,2473,178,878,2485,2218,1741;Stara Praga i Szmulowizna z Michałowem
26764;33;M;internet;2089,183,2491,2345,254,2448,1286,195,2473,1171,140,880,1578;Nowa Praga z Pelcowizną
26811;19;F;internet;2448,195,1741;Stara Praga i Szmulowizna z Michałowem
26834;26;M;internet;2491,1741,2448,2471,2485,178,2473,1924,783,254,1528,140,2089,565,183,1286,1171,2218;Stara Praga i Szmulowizna z Michałowem
26857;37;M;internet;256,2473,783,1924,421,2218,2448,178,2089,1528;Stara Praga i Szmulowizna z Michałowem
26882;20;F;internet;256;None
26925;28;F;internet;783,140,195,183,1924,565,1286,2491,2089,2473,2485,1528,178,2218;Stara Praga i Szmulowizna z Michałowem
26982;29;F;internet;1286,2485,2089,2448,2491,254,183,1741,2471,878;Stara Praga i Szmulowizna z Michałowem
27044;29;M;internet;2089,195,1924,2471,2448,183,878,2108,2491,2485;Stara Praga i Szmulowizna z Michałowem
27127;32;F;internet;783,140,2089,2491,2471,1528,195,2473,178,183,1924,1741,2448,880,2485,2218;Stara Praga i Szmulowizna z Michałowem
27175;29;M;internet;195,2089,2345,2491,2448,2485,1072,1924,2473,1865,2108,2218;Nowa Praga z Pelcowizną
27184;35;M;internet;195,878,2485,178,2491,1924;Stara Praga i Szmulowizna z Michałowem
27192;30;M;internet;256;None
27404;35;M;internet;1223,2471,2448,1528;Nowa Praga z Pelcowizną
27428;37;F;internet;256;None
27448;38;F;internet;256,195,921,1528,1924,2471,1741,878,783,178,2448;None
27502;65;F;paper;1924,140,195,565,178,1942,2448,1286,2471,2218,2485;Stara Praga i Szmulowizna z Michałowem
27642;26;F;internet;1223,2485;Nowa Praga z Pelcowizną
27740;25;F;internet;2448,1924,2108,195,1865,2485,1072,2471,2089,1286,178,2218,1528;Stara Praga i Szmulowizna z Michałowem
27821;33;F;internet;183,2473,565,1528,1578,1942,596,2485,1171,783,880,178,1741,2448,2218,2471,1286,2089;None
28014;70;F;paper;1924,140,195,565,178,1942,2448,1286,2471,2218,2485;Stara Praga i Szmulowizna z Michałowem
28134;31;F;internet;195,2345,2471,2448,1286,256,1942,2089,1578,2491,2218,2485,1528,2473;Nowa Praga z Pelcowizną
28171;25;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
28239;32;M;internet;268;None
28276;21;F;internet;140,1924,2473,2345,2491,183,1072,2218,254,2089,783,1528,880,178,2448;Stara Praga i Szmulowizna z Michałowem
28347;36;F;internet;2089,195,2471,183,2491,596,2448;Stara Praga i Szmulowizna z Michałowem
28367;29;M;internet;2108,2491,2345,195,1924,254,2473,878,2448,1286,1171;Nowa Praga z Pelcowizną
28499;22;M;internet;195,878,1865,2345,1286,1171;Stara Praga i Szmulowizna z Michałowem
28536;30;F;internet;1924,783,1865,2491,183,1171,2108;Stara Praga i Szmulowizna z Michałowem
28569;40;F;internet;1286,256;Stara Praga i Szmulowizna z Michałowem
28591;21;F;internet;256,421,2471,2089,1865;Nowa Praga z Pelcowizną
28623;17;M;internet;2345,2491,2471,254,2089,183,2448,1741,2108;Nowa Praga z Pelcowizną
28682;40;F;internet;921,2471,2448,2485,195,2345,178,183,2491,1741,2218;Nowa Praga z Pelcowizną
28868;34;F;internet;783;Nowa Praga z Pelcowizną
28981;88;M;internet;2448,2471;Stara Praga i Szmulowizna z Michałowem
28984;39;M;internet;1865,2491,1741,921,2448,2471,2485,195,2089,1286,1924,1171,254;Nowa Praga z Pelcowizną
29001;31;F;internet;421,878,1578,2471,254,1528,921,2491,2485,178,2448,2218;Nowa Praga z Pelcowizną
29006;33;F;internet;565;None
29063;21;F;internet;1942,1578,2471,195,254,183,2448,1286,2485,1741;Stara Praga i Szmulowizna z Michałowem
29079;34;F;internet;2448,880,783,140,2485,421,2218,178,1865,1528,1741;Stara Praga i Szmulowizna z Michałowem
29118;33;F;internet;421,2089,596,183,783;Nowa Praga z Pelcowizną
29132;29;F;internet;1924,254,195,2089,1865,178,183,2448,878,2218;Stara Praga i Szmulowizna z Michałowem
29190;39;F;internet;195,880,178,1741,2108,878,1924,2448,1528,1286,783,565,1578;Nowa Praga z Pelcowizną
29201;34;F;internet;254,1528,195,2089,1865,878,2471,2108,880,2345,178,2491,2448,2218,2485;Nowa Praga z Pelcowizną
29203;70;F;internet;195,1865,2491,183,1286,2471,2485,596,178,2473,1741,2448,2218;Stara Praga i Szmulowizna z Michałowem
29261;37;M;internet;2089,183,596,421,2448;Nowa Praga z Pelcowizną
29266;18;F;internet;178,183,921,783,2471,1528;Stara Praga i Szmulowizna z Michałowem
29280;32;F;internet;1924,1865,2491,2448,1286,2485,195,1741,783,254,1528,2089,2345,178,2471,2218,1171,565;Nowa Praga z Pelcowizną
29304;7;M;internet;596,2448,421,2089,183;Nowa Praga z Pelcowizną
29313;49;M;internet;2485;Stara Praga i Szmulowizna z Michałowem
29314;33;M;internet;254,183,2491,2089,1924;Nowa Praga z Pelcowizną
29353;5;M;internet;421,183,596,2448,2089;Nowa Praga z Pelcowizną
29386;34;M;internet;183,2448,1286,2491,880,2345,921,2089,195,140,2473,178;Nowa Praga z Pelcowizną
29389;11;M;internet;921,195,2471,2448,1286;Nowa Praga z Pelcowizną
29440;60;F;internet;783,1924,195,1865,2491,183,2448,2471,2218,2485,1171,1741,178,2089,2473,880,1528;Nowa Praga z Pelcowizną
29470;52;F;internet;2471,1528,2345,1171,2448,783,256,1741,1865,195,178,2485,1924,2218;Nowa Praga z Pelcowizną
29529;39;M;internet;183;Stara Praga i Szmulowizna z Michałowem
29612;37;F;internet;880,2089,1223;Nowa Praga z Pelcowizną
29621;38;F;internet;195,178,2108,2485,1528,2345,2448,1741,2218,1924,783,1865,921;Nowa Praga z Pelcowizną
29674;29;M;internet;2491,1223,2485;Nowa Praga z Pelcowizną
29684;52;M;internet;256,1528,1924,2345,1741,2448,2471,2218,2485,1171,195,1865,783,178;Nowa Praga z Pelcowizną
29788;35;F;internet;195,421,1924,878,2448;Stara Praga i Szmulowizna z Michałowem
29988;40;M;internet;195;Stara Praga i Szmulowizna z Michałowem
30011;69;F;internet;195,1286,2108,2471,256,1924,2448,2485,1741,783,178,2218;Stara Praga i Szmulowizna z Michałowem
30119;30;F;internet;1924;Nowa Praga z Pelcowizną
30147;44;F;internet;2089,183,254,2491,2448,1072;Nowa Praga z Pelcowizną
30180;31;M;internet;195,2089,1865,878,178,183,1942,2448,2485;Stara Praga i Szmulowizna z Michałowem
30314;32;M;internet;1578,880,1942,256,2491,1741,783,2108,2471,565,2473,2089;None
30315;37;M;internet;1924,195,2473,2491,2108,1286,2448,2218,2471,2485,1171,1072,2089,254,1528;Stara Praga i Szmulowizna z Michałowem
30320;29;F;internet;565,195,140,183,2471,783,1924,2473,1528,2345,1578,2448,2218,178,2485;Nowa Praga z Pelcowizną
30329;33;F;internet;140,1924;Stara Praga i Szmulowizna z Michałowem
30345;35;F;internet;921,2485,2448,1286,1741,178,195,1924,140,2218,2471,2345,2473,880,2089,1528;Stara Praga i Szmulowizna z Michałowem
30381;33;F;internet;254,140,421,2345,1286,2089,565,2448,2218,178;Nowa Praga z Pelcowizną
30506;25;M;internet;1223,2485,2471;Stara Praga i Szmulowizna z Michałowem
30604;40;F;internet;183,256;Nowa Praga z Pelcowizną
30612;26;F;internet;2448,2485,195,1286,2345,2089,178,183,1741,2108,596,2218;Stara Praga i Szmulowizna z Michałowem
30630;24;F;internet;921,2471,1171,2485,421,2218,183,2448,880,178,565,1528;Nowa Praga z Pelcowizną
30650;36;F;internet;783;None
30682;36;M;internet;2089,2448,2485,1528;Nowa Praga z Pelcowizną
30712;22;M;internet;1528,2089,1865,256,178,2448,2471,2485,183,2491,2345,1924,2473,2218;Nowa Praga z Pelcowizną
30751;36;M;internet;2089;Nowa Praga z Pelcowizną
30769;31;F;internet;256;Stara Praga i Szmulowizna z Michałowem
30772;39;M;internet;256;Nowa Praga z Pelcowizną
30836;24;M;internet;195,2089,1865,878,2448,2471,254,1528,2345,178,1741,2485;Nowa Praga z Pelcowizną
30848;30;M;internet;195,2345,878,2108,2471,183,2089,2491,1741,2448,1171,1528,2485,565,2218,178;Nowa Praga z Pelcowizną
30851;34;M;internet;254,1528,195,2089,183,878,2471,2345,2218,2491,2448,2473;Stara Praga i Szmulowizna z Michałowem
30862;60;M;internet;268;Stara Praga i Szmulowizna z Michałowem
30863;31;M;internet;1223;None
30872;25;F;internet;268;Nowa Praga z Pelcowizną
30889;55;M;internet;183;Nowa Praga z Pelcowizną
30903;22;M;internet;195,2448,2491,256,880,1924,2345,878;Nowa Praga z Pelcowizną
30904;25;M;internet;256;None
30972;33;M;internet;183,2491,2089,195;Nowa Praga z Pelcowizną
31034;32;M;internet;268;Stara Praga i Szmulowizna z Michałowem
31057;26;F;internet;2345,183,1942,2491,565,2473,140,1924,2089,178;Nowa Praga z Pelcowizną
31097;56;F;internet;1528,195,1286,2491,2108,2448,2471,2485,2473,921,1171,880,1741,183;Stara Praga i Szmulowizna z Michałowem
31114;92;F;internet;421;Stara Praga i Szmulowizna z Michałowem
31129;34;M;internet;195,565,178,596,2448,1286,2471,1171,2345,1578,256,1741,2218,2485;Nowa Praga z Pelcowizną
31141;38;M;internet;254,195,2089,878,2448,1286,183,2491,2345,1865,1528,2218;Nowa Praga z Pelcowizną
31168;64;F;paper;1286,2485,1072;Stara Praga i Szmulowizna z Michałowem
31312;54;F;internet;880,2448,2485,1924,1942,2108,783,1528,178,140,1286,1741,2218;Nowa Praga z Pelcowizną
31422;42;M;internet;268;Nowa Praga z Pelcowizną
31479;40;F;internet;2485,1865,256,2491,2448,2471;Stara Praga i Szmulowizna z Michałowem
31483;42;M;internet;195,2345,2218,2448,2485,1286,1741,178,2491,183,2473,596,2471,1578,565,2089;Stara Praga i Szmulowizna z Michałowem
31519;44;F;internet;256;Stara Praga i Szmulowizna z Michałowem
31590;81;M;paper;178,2491,183,1741,2448,1286,2485,1072;Stara Praga i Szmulowizna z Michałowem
31659;37;F;internet;178,2491,183,1741,2448,1286,2218,2485,2471,195,1865,783,1924,880;Stara Praga i Szmulowizna z Michałowem
31661;41;F;internet;1286;Stara Praga i Szmulowizna z Michałowem
31662;37;F;internet;2473,565,2491,1942,421,921,2485,2448,2218;Stara Praga i Szmulowizna z Michałowem
31722;55;F;internet;1171,183,1286,878,1924,2473,2345,2491,1942,2448,1578,178,1528;Stara Praga i Szmulowizna z Michałowem
31867;36;F;internet;140,183,1741,1286;Stara Praga i Szmulowizna z Michałowem
32246;37;M;internet;2108,1286,1865;Nowa Praga z Pelcowizną
32309;24;M;internet;254,195,1286,1865,2345,183,2448,2218,2471,2485,1072,2473,1528;Stara Praga i Szmulowizna z Michałowem
32402;38;F;internet;195,2473,2491,183,1942,596,2471,1528,783,2089,2448;Stara Praga i Szmulowizna z Michałowem
32534;3;F;internet;2108,1865,1286;Nowa Praga z Pelcowizną
32549;25;F;internet;1924,2448,421,178,2485,1072,783;Stara Praga i Szmulowizna z Michałowem
32573;26;M;internet;878,195,1924;Nowa Praga z Pelcowizną
32649;41;F;internet;2345,2485,1741,2448,195,1865,878,178,183,1286,2471;Nowa Praga z Pelcowizną
32687;27;F;internet;1924,195,2089,183,2491,2471,254,2448,1286,2485,1072,178,1741,2218;Stara Praga i Szmulowizna z Michałowem
32719;33;M;internet;254,1924,195,2089,2448,2485,1286,1741,2345,178,2471,1528,2473,1865,2491,2218,880,783;Stara Praga i Szmulowizna z Michałowem
33006;36;M;internet;195,1286,1924,254,2089,1865,2345,2491,2108;Stara Praga i Szmulowizna z Michałowem
33033;37;M;internet;2448,2471;Nowa Praga z Pelcowizną
33151;39;F;internet;2485,2448,1865,1741,2218,2471,178,254,1528,1286,2345,195,2089,2473,2491,183,783;Nowa Praga z Pelcowizną
33212;23;M;internet;1924,254,2108,2473,2089,2471,783,880;Stara Praga i Szmulowizna z Michałowem
33350;27;M;internet;1865,2448,1171,1072;Nowa Praga z Pelcowizną
33367;39;M;internet;254,2089,2345,2491,183,421,1286,2448,2485,2218;Stara Praga i Szmulowizna z Michałowem
33463;16;M;internet;195,1865,2471,1286,183,254,2345,878,2485,1528,178,2448,2218;Stara Praga i Szmulowizna z Michałowem
33519;42;M;internet;195,1924,2089,183,2491,1286,2448;Stara Praga i Szmulowizna z Michałowem
33592;44;F;internet;2089,178,1741,2485,2448,254,195,1865,2345,878,1286,2218,2471,1171,1072;Stara Praga i Szmulowizna z Michałowem
33643;28;M;internet;1223,2491,1528,2448,2218;Stara Praga i Szmulowizna z Michałowem
33771;65;M;internet;268;Nowa Praga z Pelcowizną
33774;40;M;internet;2471,1286,2448,2108,178,1865,1741,195,878,2491,2485;Stara Praga i Szmulowizna z Michałowem
33796;51;F;internet;195,140,2471,183,565,2345,1528,2089,2473,878,2491,178,1741,2218,2448;Stara Praga i Szmulowizna z Michałowem
33872;32;F;internet;2108;Nowa Praga z Pelcowizną
33993;46;F;internet;2473;Nowa Praga z Pelcowizną
34080;39;F;internet;421;Nowa Praga z Pelcowizną
34098;42;F;internet;183,2448,421,2485,140,565,2473,178,2218;Nowa Praga z Pelcowizną
34156;38;M;internet;1528,1924,2089,2473,2471,596,2485,1865,256,178,2491,1741,2448,2218,1578;Stara Praga i Szmulowizna z Michałowem
34246;38;F;internet;256;Nowa Praga z Pelcowizną
34277;14;M;internet;2448,1286,1865,1942,183,195,2089,2491,1741,2485,2218;Nowa Praga z Pelcowizną
34310;41;F;internet;140,2473,565,256,1942,596,2089;None
34346;51;F;internet;1865,878,1924,195,2089,1741,2448,2471,178,2108,2485;Nowa Praga z Pelcowizną
34351;44;F;internet;2485,2471,1741,1924,195,1865,2491,183,878;Nowa Praga z Pelcowizną
34439;33;F;internet;2345,2089,1924,2471,254,2485,783,195,2448,1286,178,596,1741,2491,2218,2473,1528;Nowa Praga z Pelcowizną
34634;31;F;internet;195;Nowa Praga z Pelcowizną
34649;32;F;internet;2473;Stara Praga i Szmulowizna z Michałowem
34657;41;M;internet;195,921,2485,1924,878,2491,2471,1171,880,140,2448,178,1528;Stara Praga i Szmulowizna z Michałowem
34676;41;M;internet;2491;Stara Praga i Szmulowizna z Michałowem
34717;21;M;internet;1865,878,183,2448,1286,2485,2218,1171;Nowa Praga z Pelcowizną
34719;30;F;internet;183,2471,195,1741,254,2089,1865,2491,2108,1528,2448,2218,178;Stara Praga i Szmulowizna z Michałowem
34733;35;F;internet;421;Stara Praga i Szmulowizna z Michałowem
34783;31;F;internet;2089,183;Stara Praga i Szmulowizna z Michałowem
34833;36;F;internet;565,195,783,183,421,2473,1528,2089;Stara Praga i Szmulowizna z Michałowem
34930;27;F;internet;2448,1741,183,2491,2089,140,2218,421;Stara Praga i Szmulowizna z Michałowem
34943;57;F;internet;1286;Stara Praga i Szmulowizna z Michałowem
35027;41;F;internet;1924,1865,2345,783,2108,2089,1528,878,2491,195,2448,2218;Nowa Praga z Pelcowizną
35036;45;M;internet;2089,421,254,1528,1924,2491,783,2473,1286,1171,178,1741,2448,2218;Stara Praga i Szmulowizna z Michałowem
35037;30;F;internet;195,2448,878,254,2089,2345,1286,2218,2485;Nowa Praga z Pelcowizną
35055;45;F;internet;421;Nowa Praga z Pelcowizną
35116;34;M;internet;254,2089,183,2448,2491,878,1924,195,2345,2471;Nowa Praga z Pelcowizną
35123;22;M;internet;783;Stara Praga i Szmulowizna z Michałowem
35195;64;M;internet;1286,2448,1741,2491,1924,880,2089,2473,1865,1528,254,178,2485,1942,2345,1578,2218;Stara Praga i Szmulowizna z Michałowem
35431;30;F;internet;1741,2485,2345,1286,2448,921;Stara Praga i Szmulowizna z Michałowem
35538;27;M;internet;2491,183,2471,2448,2485,1072;Nowa Praga z Pelcowizną
35547;22;M;internet;1741,421,195,2473,2491,2471,1286,2485,2089,565,1578,178,2448,2218;Stara Praga i Szmulowizna z Michałowem
35550;56;F;internet;195;Stara Praga i Szmulowizna z Michałowem
35734;29;F;internet;195,2345,2473,565,183,596,140,783,880,2089;Nowa Praga z Pelcowizną
35751;58;M;internet;195;Stara Praga i Szmulowizna z Michałowem
35803;25;F;internet;2473,178,1171,783;Stara Praga i Szmulowizna z Michałowem
35840;52;F;internet;2473,2089;Nowa Praga z Pelcowizną
35873;25;M;internet;1223;Nowa Praga z Pelcowizną
35898;31;F;internet;1924;Nowa Praga z Pelcowizną
35929;18;M;internet;1286,254,1865,878,2491,183,1171;Stara Praga i Szmulowizna z Michałowem
35945;24;M;internet;2089,254,2473,195,1865,183,1942,783,178,2218,2448;Stara Praga i Szmulowizna z Michałowem
35992;32;M;internet;195,1865,178,2471,1072,2485,2218,2448,2108,2089,1924,880,2491,1528;Nowa Praga z Pelcowizną
36070;37;F;internet;1865,2485,2448;Stara Praga i Szmulowizna z Michałowem
36084;24;M;internet;254,2089,195,596,2448,2471,178,183,1741,2218,2485,1072,1528,2345;Stara Praga i Szmulowizna z Michałowem
36110;31;M;internet;1528,2485,1286,2448,195,254,2089,178,2108,1741,1942,1578,2471,2491,2218;Stara Praga i Szmulowizna z Michałowem
36167;35;M;internet;565,2448,1741,783,1924,140,195,2089,2473,1865,1286,2471;Stara Praga i Szmulowizna z Michałowem
36206;33;M;internet;596,2345,2473,783,178,2485,421,1924,2448,2218;Nowa Praga z Pelcowizną
36447;37;F;internet;1924,421,783,2473,1942,2491,2448;Nowa Praga z Pelcowizną
36519;23;F;internet;254,1924,2089,2345,2491,1072,1171,183,2471,596,2473,178,2218,2448,1528;Nowa Praga z Pelcowizną
36594;30;F;internet;1528,183,254,1924,2491,2448,2471,2345,195,2089,2218,1171,878;Nowa Praga z Pelcowizną
36616;34;F;internet;195,2345,1286,2485,2448,254,1924,2089,1865,178,2491,1741,2218;Nowa Praga z Pelcowizną
36676;32;F;internet;256,1286,2491,254,195,1865,178,1171,2485,2448;Stara Praga i Szmulowizna z Michałowem
36891;42;F;internet;421,2491,183,2448,783,1924,1171,178,880,1528,2218;Nowa Praga z Pelcowizną
36992;23;F;internet;183,2345,256,2491;Stara Praga i Szmulowizna z Michałowem
37036;30;F;internet;183,254;Nowa Praga z Pelcowizną
37055;34;M;internet;254,178,1942,880,1578,2471,2485,421,2448;Stara Praga i Szmulowizna z Michałowem
37068;26;F;internet;878,880,783,1528,1171,921,2089,195,254;Stara Praga i Szmulowizna z Michałowem
37158;38;F;internet;2345,878,2471,596,921,2448,183,178,2491,1741,2485,1578,1286;Nowa Praga z Pelcowizną
37162;35;F;internet;2471,1942,2491,878;Nowa Praga z Pelcowizną
37229;48;F;internet;1286;Stara Praga i Szmulowizna z Michałowem
37372;31;M;internet;1223,2089,2448;Stara Praga i Szmulowizna z Michałowem
37485;22;F;internet;783,254,195,1865,878,183,2345,2491,1286,2448;Stara Praga i Szmulowizna z Michałowem
37509;31;F;internet;2089,2448,2471,1924,2345;Nowa Praga z Pelcowizną
37559;39;F;internet;2448,2485,1924,2345,2471,1741,183,2491,195,783,178,2108,1528,2089,2218;Stara Praga i Szmulowizna z Michałowem
37703;29;F;internet;1286,1942,2448,195,1924,256,1528,1741,2485;Stara Praga i Szmulowizna z Michałowem
37726;34;F;internet;2471,421,195,2089,2345,2491,1286,2448,1741,178,2485,1528,2473,2218;Nowa Praga z Pelcowizną
37768;42;M;internet;2491,195,2089,2345,183,1924,1865,2448,178,1741,1286;Nowa Praga z Pelcowizną
37772;33;M;internet;183,2345,195,254,1528,2473,878;Nowa Praga z Pelcowizną
37807;28;M;internet;2108,2491,2448,1924,2089,2345,2471,1171,1942,2473;Nowa Praga z Pelcowizną
37868;31;F;internet;2491,1072,1924,878,2448,2471,421,178;Nowa Praga z Pelcowizną
37953;37;F;internet;268;Stara Praga i Szmulowizna z Michałowem
37988;24;M;internet;878,195,183,2345,1865,254,2089,2473,178,2448,2471,1171;Stara Praga i Szmulowizna z Michałowem
38025;40;M;internet;2473;Stara Praga i Szmulowizna z Michałowem
38091;31;F;internet;268;Stara Praga i Szmulowizna z Michałowem
38109;33;F;internet;1286;Nowa Praga z Pelcowizną
38174;38;F;internet;596;Nowa Praga z Pelcowizną
38195;26;F;internet;183,1924,195,2089,2491,254,1865,2345,1171;Nowa Praga z Pelcowizną
38424;54;F;internet;783,1865,2471,1286,2448,2108,1924,2089,2473,195,565,2345,2485,178;Nowa Praga z Pelcowizną
38474;23;F;internet;783,195,2491,2448,878,421,1741,1286;Nowa Praga z Pelcowizną
38477;36;M;internet;1223;Stara Praga i Szmulowizna z Michałowem
38621;25;F;internet;1223;None
38675;69;F;internet;1286;Nowa Praga z Pelcowizną
38690;25;F;internet;783,2491,921,2471,1171,421,1286,178,878,1578,1528;Stara Praga i Szmulowizna z Michałowem
38862;29;F;internet;2485,1865,2491,783,1528,178,1741,2448,2089,195,1924,254,2473,183,2218;Nowa Praga z Pelcowizną
38903;48;F;internet;1528,178,1741,2448,1286,2471,2485,195,1865,2218,256,2345,254,783,2089;Stara Praga i Szmulowizna z Michałowem
38911;32;M;internet;2448,178,2089,195,421,2345,1924,2491;Nowa Praga z Pelcowizną
39035;39;F;internet;783,1924,195,2089,1865,2345,178,2491,183,1741,2448,1286,2485,2218,1528;Nowa Praga z Pelcowizną
39089;35;M;internet;1072;Nowa Praga z Pelcowizną
39109;27;F;internet;268;Stara Praga i Szmulowizna z Michałowem
39113;21;M;internet;268;Stara Praga i Szmulowizna z Michałowem
39175;32;M;internet;195,2345,1578,183,2471,254,2473,1865,565,178,2491,1741,2448,2218,2485,1171,1528,2089;Nowa Praga z Pelcowizną
39201;34;F;internet;1072;Nowa Praga z Pelcowizną
39424;34;F;internet;878,254,1528,1865,195,2345,2218,1171;Stara Praga i Szmulowizna z Michałowem
39477;1;M;internet;254,1528,195,2089,1865,2345,878,2218;Stara Praga i Szmulowizna z Michałowem
39515;48;F;internet;195,2089,2345,421,596;Stara Praga i Szmulowizna z Michałowem
39624;27;M;internet;195,2345,2448,1286,1741,2471,2485,1171,254,2089,1865,178,2491,2218,878;Stara Praga i Szmulowizna z Michałowem
39689;30;F;internet;2485,178,183,1741,2448,2471,1528,2089,1865,2491,1286,2218;Stara Praga i Szmulowizna z Michałowem
39730;28;M;internet;1528,2485,2448,2471,2089,565,178,2491,1741,1286,2218,1072,1171,1865;Stara Praga i Szmulowizna z Michałowem
39804;40;F;internet;1528,1865,256,178,183,1741,2448,2471,2485,783,2089,2491,254,2218,1286,2473;Nowa Praga z Pelcowizną
39815;28;M;internet;268;Nowa Praga z Pelcowizną
39860;23;M;internet;2108,596;Nowa Praga z Pelcowizną
39948;32;M;internet;195,1286,1741,1865,2448,2471,2491,2345,183,1924,2089,2485,1528;Stara Praga i Szmulowizna z Michałowem
39983;42;F;internet;2491,1741,2448,2471,2485,1528,2473,1578,178,783,1924,195;Stara Praga i Szmulowizna z Michałowem
40031;45;M;internet;268;Stara Praga i Szmulowizna z Michałowem
40033;53;F;internet;2473,2471,195,2345,183,1942,2448,596,2089,1528;Nowa Praga z Pelcowizną
40095;51;F;internet;783,195,2089,2473,1865,178,2471,2485;None
40111;27;F;internet;195,178,183,2448,2485,1528,2471,1741,1286;Stara Praga i Szmulowizna z Michałowem
40163;36;M;internet;1286;Stara Praga i Szmulowizna z Michałowem
40187;49;M;internet;1286;Stara Praga i Szmulowizna z Michałowem
40412;44;F;internet;195,2491,183,2448,2471,1286,2473,2485,1171,878,1942,2218;Stara Praga i Szmulowizna z Michałowem
40578;42;F;internet;183;Stara Praga i Szmulowizna z Michałowem
40740;26;M;internet;254,2089,195,1528,878,183,2471,1171,2485,1741,178,1865,2345,2448;Nowa Praga z Pelcowizną
40764;31;M;internet;195,183,254,1528,2089,878,1286,2471,1865,2491,1741;Stara Praga i Szmulowizna z Michałowem
40876;36;M;internet;195;Stara Praga i Szmulowizna z Michałowem
40978;23;M;internet;195,2345,2491,2108,921,2448,1286,2471,1924,2473,178,1741,2485,1171,2218,2089;Nowa Praga z Pelcowizną
41026;59;F;internet;178,2491,2448,1286,2485;Nowa Praga z Pelcowizną
41177;50;F;internet;195,1865,2218,2485,1286,183,178,2345,1924,2491,2448,1741,783,1528,2089;Nowa Praga z Pelcowizną
41238;31;F;internet;1578,2485,2448,178,1942,2089,195,183,2491,2218,2471,1741,2345,254,1528;Stara Praga i Szmulowizna z Michałowem
41287;37;F;internet;140;Stara Praga i Szmulowizna z Michałowem
41462;18;M;internet;195,1865,178,1741,2448,1286,2218,2471,2485,2345,2491,183,1171;Stara Praga i Szmulowizna z Michałowem
41523;25;F;internet;2345,2491,183,1942,1286,2471,1924,1171,2089,565,2448;Nowa Praga z Pelcowizną
41572;31;F;internet;783;Nowa Praga z Pelcowizną
41669;62;F;internet;195,2448,2485,2471,1528,1942;Stara Praga i Szmulowizna z Michałowem
41720;29;F;internet;1924,195,1865,2345,2448,1942,878,2089,2218;Nowa Praga z Pelcowizną
41748;31;F;internet;195,2448,878,2108,183,2471,2485,1924,1528,2089,178,1741,2218;Nowa Praga z Pelcowizną
41760;20;F;internet;1528,195,1942,2448,2471,2485;Stara Praga i Szmulowizna z Michałowem
41765;29;M;internet;1223,2448,2491,2218,1528;Stara Praga i Szmulowizna z Michałowem
41770;57;M;internet;1528,195,1942,2448,2471,2485;Stara Praga i Szmulowizna z Michałowem
41808;26;M;internet;254,1942,2448,1286,1171,878,183,2345;Nowa Praga z Pelcowizną
41836;39;F;internet;268;Nowa Praga z Pelcowizną
41843;59;M;internet;1528,254,195,2089,878,183,2345,2448;Stara Praga i Szmulowizna z Michałowem
41920;41;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
42022;43;M;internet;421,596,183,2345,1741,2448,2218;Nowa Praga z Pelcowizną
42054;33;M;internet;921,1528,1171,2485,2471,2448,183,1865,195;Nowa Praga z Pelcowizną
42107;6;F;internet;1924,2345,421,2485,1741,183,2473,178,2448,2218,1528;Nowa Praga z Pelcowizną
42124;42;M;internet;195,2448,1286,2485,1741,2473,2218;Stara Praga i Szmulowizna z Michałowem
42149;40;F;internet;254,195,2089,2345,878,183,2448,2471;Stara Praga i Szmulowizna z Michałowem
42327;32;F;internet;140,195,2089,183,2491,254,2448,2471;Stara Praga i Szmulowizna z Michałowem
42374;18;F;internet;1528,195,1865,2345,256,178,1741,921,2448,1286,2471,2218,2485;Stara Praga i Szmulowizna z Michałowem
42404;64;M;internet;1223;Nowa Praga z Pelcowizną
42440;59;F;internet;1528,2089,2345,2218,2448,921,2491,878,1865,1924,254,178,2471,2485;Stara Praga i Szmulowizna z Michałowem
42455;61;F;internet;1171;Stara Praga i Szmulowizna z Michałowem
42507;31;M;internet;921,2448,1865,1072,1528,1924,195;Nowa Praga z Pelcowizną
42642;53;F;internet;1528,195,178,1741,2448,1286,2471,2485,1865,2345,1924,783;Stara Praga i Szmulowizna z Michałowem
42678;31;F;internet;268;Stara Praga i Szmulowizna z Michałowem
42681;41;F;internet;1223,1171,2448;None
42735;33;F;internet;1741,2089,1286,2485;Stara Praga i Szmulowizna z Michałowem
42738;61;M;internet;2089;Stara Praga i Szmulowizna z Michałowem
42868;31;F;internet;195,2448,1741,183,2491,178,1865,1528,596,1286,2471,2485,2218,2089;Stara Praga i Szmulowizna z Michałowem
42908;27;M;internet;2108;None
43049;32;F;internet;254,1528,1924,195,1865,178,2491,183,2448,2218,2485,2471,1741,783;Stara Praga i Szmulowizna z Michałowem
43155;34;M;internet;1171,1223,1528,2448,2089;Nowa Praga z Pelcowizną
43252;34;F;internet;195,2345,878,2491,183,1528,2471,2448,1171,254,2089,1286,2485,178,1741,2218,2473,783;Nowa Praga z Pelcowizną
43293;43;F;internet;254,195,2089,878;Nowa Praga z Pelcowizną
43355;37;F;internet;783,1924,2473;Nowa Praga z Pelcowizną
43421;28;M;internet;2471,183;Stara Praga i Szmulowizna z Michałowem
43437;42;F;internet;421;Stara Praga i Szmulowizna z Michałowem
43464;33;F;internet;1924,2448,1741,2089,878,178,2491,2471,2218,2485,2473,195,140,783,1286,880,1528;Nowa Praga z Pelcowizną
43508;23;M;internet;783,1924,2108,2448,2485,178;Nowa Praga z Pelcowizną
43622;42;F;internet;2473,1528,2471,878,783,2345,1942,2108,2089,183,880,1578,178,2448;Nowa Praga z Pelcowizną
43639;37;M;internet;254,2471,880,2448,2089,421,140,2345,2491,1528;Nowa Praga z Pelcowizną
43650;23;F;internet;421,2089,1924,2448,1171,1072;Stara Praga i Szmulowizna z Michałowem
43705;48;M;internet;1865,1072;Nowa Praga z Pelcowizną
43728;25;F;internet;195,2473,1865,878,2448,1286,2471,2485,1171,921,1741,2491,178,1578,2345,565,2218;Nowa Praga z Pelcowizną
43749;56;F;internet;783,1924,2089,2491,183,1942,1286,2448,1528,2471;Nowa Praga z Pelcowizną
43750;41;F;internet;1865,2345,2491,2448,2485,1286,2218,1072,2471,183,1942,1741;Nowa Praga z Pelcowizną
43783;29;M;internet;183,878,195,2345,2089,2491,1072,2485,2218,1924,178,1741,2448,1528;Stara Praga i Szmulowizna z Michałowem
43861;20;F;internet;2473,2491,2108,1578,2485,2448,1741,2471,2218,421,2089,1171;Stara Praga i Szmulowizna z Michałowem
43882;40;F;internet;2448,565,2473,2089,783,2345,1942,1741,2218,2485,178,2491,1924,880,195,1578,1528;Nowa Praga z Pelcowizną
43908;42;F;internet;140;Stara Praga i Szmulowizna z Michałowem
43995;26;F;internet;183,878,2491,195,2345,1741,1286,2485,1072,178,2089,2448,2473,565,783,880;Stara Praga i Szmulowizna z Michałowem
44173;41;M;internet;1865,2471,1741,2345,1072,2491,183,2448,2485,1942,1286,2218;Nowa Praga z Pelcowizną
44188;35;M;internet;140,195,2345,2448,1286,2485,1924,1741,783,254,2491,1528,565,178,1578,2089,2218;Nowa Praga z Pelcowizną
44257;30;F;internet;178,783,195,878,1741,2471,2485,2108,2448,183,2491,2345,1528,2218;Nowa Praga z Pelcowizną
44424;36;M;internet;254,195,256,878,2491,2471,2485,2218,2448,183,1528;Stara Praga i Szmulowizna z Michałowem
44523;27;M;internet;195,1924,1528,178,2491,2485,596,565,2473;Stara Praga i Szmulowizna z Michałowem
44604;32;F;internet;2108,783;None
44651;30;F;internet;2108;Stara Praga i Szmulowizna z Michałowem
44930;51;M;internet;268;Nowa Praga z Pelcowizną
45033;23;F;internet;1528,2471;Nowa Praga z Pelcowizną
45080;33;F;internet;140;Nowa Praga z Pelcowizną
45087;22;F;internet;254,178,2491,183,2448,2485,1528,140,1741,2471,2218,195,1072,783;Stara Praga i Szmulowizna z Michałowem
45113;38;F;internet;2471,254,2089,178,1286,2485,1924;Stara Praga i Szmulowizna z Michałowem
45118;24;M;internet;1741,178,2485;Stara Praga i Szmulowizna z Michałowem
45186;38;F;internet;783,2089,1865,2471,1924,1578,878,178,596,1286,2218,2485,2473,2491,2448;Nowa Praga z Pelcowizną
45293;30;F;internet;783;Stara Praga i Szmulowizna z Michałowem
45405;56;M;internet;183;Nowa Praga z Pelcowizną
45457;33;M;internet;1223;Stara Praga i Szmulowizna z Michałowem
45505;28;F;internet;1528,254,2089,183,2471,1924,195,256,2218;Stara Praga i Szmulowizna z Michałowem
45532;85;F;paper;2473;None
45597;34;F;internet;2485,183,1741,2448,2473,421,565,178,2491,2471,2089;Stara Praga i Szmulowizna z Michałowem
45658;35;M;internet;2485;Stara Praga i Szmulowizna z Michałowem
45673;30;F;internet;195,183,1286,1171,2471,2491,2345,1865,2089,254,178,1741,2448,2485,2473,2218,1528;Stara Praga i Szmulowizna z Michałowem
45864;26;F;internet;1528,195,256,178,878,1741,2448,2471,2485;Nowa Praga z Pelcowizną
45922;32;M;internet;421,2218,183,2491,1924,1528,2345,2089,2473;Nowa Praga z Pelcowizną
46011;27;M;internet;178,421,2485,254,195,2089,2218,2448,1741,2473,1528,565,2345;Stara Praga i Szmulowizna z Michałowem
46052;41;F;internet;1741,2485,880,178,2491,183,2471,2089,2218,1286,2448,878,1578,1865,783,254,2345,1528,2473;Nowa Praga z Pelcowizną
46090;28;M;internet;1924,195,183,2448,1528,1865,178,1741,2471,2218,2485,254,2089,2473,1171;Nowa Praga z Pelcowizną
46121;33;F;internet;183,1924,195,2089,1942,2471,2491,178,1741,2448,2485,1528,783,2218;Stara Praga i Szmulowizna z Michałowem
46278;26;M;internet;2345,183,2491,1865,195,1924,254,1528,2089,1741,2448,2485;Nowa Praga z Pelcowizną
46400;62;F;internet;1924,195,2345,178,183,2448,2471,2485;Stara Praga i Szmulowizna z Michałowem
46600;36;F;internet;268;Stara Praga i Szmulowizna z Michałowem
46761;29;F;internet;783,1528,1924,2089,2491,183,2471,2448,1286,1942;Nowa Praga z Pelcowizną
46783;30;F;internet;183,195,2471,2345,1924,2448,2108,1286,2485,1741,178,1578;Stara Praga i Szmulowizna z Michałowem
46820;21;F;internet;195,2473,1865,178,2491,183;Stara Praga i Szmulowizna z Michałowem
46837;35;F;internet;2485,2218,921,1741,596,2108,1286,2448,1072,1924,2089,2473,565,178;Stara Praga i Szmulowizna z Michałowem
46974;57;F;internet;2491,1072,1924,2473,195,565,140;Nowa Praga z Pelcowizną
46986;35;M;internet;1528,2089,1865,178,2491,183,421,2471,2485,2448,2218;Nowa Praga z Pelcowizną
47049;25;F;internet;2448,880,2345,256,2491,183,1924,195,2089,2485,2218,178;Nowa Praga z Pelcowizną
47089;49;M;internet;2089,1924,421,783,878;Stara Praga i Szmulowizna z Michałowem
47145;30;F;internet;2108,2448,1942,195,1865,878,2491,1528,178;Stara Praga i Szmulowizna z Michałowem
47219;35;M;internet;183,2491,1171,1924,878,2448,2345,2473,195,880,254,2089,178,2218;Stara Praga i Szmulowizna z Michałowem
47245;30;F;internet;254,178,2448,2471,2485,1741;Nowa Praga z Pelcowizną
47262;32;F;internet;1865,2218,2448,1741,183,2491,178,878,1286,1924,254,783,2345;Nowa Praga z Pelcowizną
47267;32;F;internet;2471,1924,1942;Nowa Praga z Pelcowizną
47271;34;F;internet;1528,195,2345,256,2491,183,2448,2471,2485,178,880,783,254,2089,2218;Nowa Praga z Pelcowizną
47408;34;F;internet;2485,421,2448,1741,183,2491,2089,783,2218,1171,2345,178,1286,1528;Nowa Praga z Pelcowizną
47461;32;F;internet;783,2345,2491,183,921,421,1741,2448,2218,1528;Nowa Praga z Pelcowizną
47580;37;M;paper;268;Stara Praga i Szmulowizna z Michałowem
47590;33;F;internet;1924,1171,2471,421;Stara Praga i Szmulowizna z Michałowem
47602;25;F;internet;2448;Nowa Praga z Pelcowizną
47612;26;F;internet;195,1865,178,2491,183,2448,2485,1741;Nowa Praga z Pelcowizną
47629;35;M;internet;140,565,1286,2448,1741,596,2473,2089,195,1865,1578,178,2218,2485;Stara Praga i Szmulowizna z Michałowem
47630;39;F;paper;783,1528,195,2089,2473,2345,256,178,2491,596,1741,2448,1286,2471,2485;Stara Praga i Szmulowizna z Michałowem
47653;29;F;internet;254,2345,2491,2448,195,2089,2485,1924,178,183,2108,1528,2218;Stara Praga i Szmulowizna z Michałowem
47658;37;F;internet;256;None
47664;31;F;internet;178,2485,1865,1741,1286,783,2218,1528,183,2491;Stara Praga i Szmulowizna z Michałowem
47693;41;F;internet;1223;None
47715;27;M;internet;1924,1741,421,596;Nowa Praga z Pelcowizną
47768;30;M;paper;783,1528,1924,2473,1865,2345,256,596,2471,2218;Stara Praga i Szmulowizna z Michałowem
47823;30;M;internet;2471,1924,195,2089,878,183,2108,2448,178,2491,2485;Stara Praga i Szmulowizna z Michałowem
47840;32;F;internet;565,596,421,1924,783,1528,1578;Nowa Praga z Pelcowizną
47877;28;F;internet;1942,195,1865,2491,1741,2108,1286,2448,2089,2485;Stara Praga i Szmulowizna z Michałowem
47887;29;M;internet;195,140,178,2491,183,1286,2448,1171,1924,880,2473,1741;Stara Praga i Szmulowizna z Michałowem
47910;70;M;paper;1286,2485;Stara Praga i Szmulowizna z Michałowem
48054;43;M;internet;254,195,2089,1286,1924,1865,878,178,1741,2448,2471,2218,2485,1171;Stara Praga i Szmulowizna z Michałowem
48081;22;F;internet;2491,183,1286,1924,254,2473,1865,878;Stara Praga i Szmulowizna z Michałowem
48122;42;F;internet;1223,783,2089,1528,2448,2218;Nowa Praga z Pelcowizną
48195;18;F;internet;1924,2089,2448,195,183,1072,783,1286,878,2345,178,2218;Nowa Praga z Pelcowizną
48246;31;F;internet;178,2491,183,2448,140,195,2089,2473,1865,878;Stara Praga i Szmulowizna z Michałowem
48421;36;F;internet;421,1286,2448,254,195,2345,2491,178,2089;Stara Praga i Szmulowizna z Michałowem
48477;31;F;internet;565,783,140;None
48485;45;F;internet;565;Nowa Praga z Pelcowizną
48523;41;F;internet;565,2089,783;None
48694;37;M;internet;140,183,2491,1924,2473,1171,2471,2448,1942,1528,880;Nowa Praga z Pelcowizną
48753;34;M;internet;268;Nowa Praga z Pelcowizną
48813;34;F;internet;421;Stara Praga i Szmulowizna z Michałowem
48815;42;M;internet;268;Stara Praga i Szmulowizna z Michałowem
48903;36;M;internet;783;Stara Praga i Szmulowizna z Michałowem
48918;29;M;internet;183,195,878,880,2089,2448,2473,2491,254,1924,1286,783;Stara Praga i Szmulowizna z Michałowem
48970;25;M;internet;783;Stara Praga i Szmulowizna z Michałowem
48984;38;F;internet;1865,1741,2089,178,2218,195,2345,1286,2491,183,878,2485,2471,783;Nowa Praga z Pelcowizną
48987;37;F;internet;1924,2448,1865,183,1942,195,1528;Nowa Praga z Pelcowizną
49119;41;M;internet;268;Stara Praga i Szmulowizna z Michałowem
49272;33;F;internet;183,1741,1286,421,2485,2089,1924,178,2448;Stara Praga i Szmulowizna z Michałowem
49274;32;F;internet;421,2108,2448,1924,878,178,2218,1528;Nowa Praga z Pelcowizną
49311;17;M;internet;254,2485,195,178,183,1286,878,2448,1924,2089,2471,2218,1528,2491;Stara Praga i Szmulowizna z Michałowem
49363;27;F;internet;178,1741,2218,2485,195,2089,565,2448,2471,421,254,2345;Nowa Praga z Pelcowizną
49399;64;F;paper;1223;Stara Praga i Szmulowizna z Michałowem
49431;25;M;internet;783;Stara Praga i Szmulowizna z Michałowem
49531;57;M;internet;2485,2218,2471,2448,1741,178,1865,1286,195,2345,2108,183,2089,1528;Stara Praga i Szmulowizna z Michałowem
49556;28;F;internet;1924,140,195,2473,878,2491,2448;None
49631;32;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
49812;30;F;internet;421,195,878,2448,1286;Stara Praga i Szmulowizna z Michałowem
49814;70;F;internet;1528,195,2089,878,2491,2471,421,2448,1741,178,2218,1578;Stara Praga i Szmulowizna z Michałowem
50034;45;M;internet;256,2089,1924;Stara Praga i Szmulowizna z Michałowem
50052;32;F;internet;1223;Nowa Praga z Pelcowizną
50064;22;M;internet;2108,254,1924,421;Stara Praga i Szmulowizna z Michałowem
50073;32;F;internet;1924,2485,596,2089,183,195,921,178,2345,2218,2448;Stara Praga i Szmulowizna z Michałowem
50188;15;F;internet;195,1924,2485,2448,1741,2491,178,1865,2471,1286,1528,2345,1072,2089,2218,2473,1578,783;Stara Praga i Szmulowizna z Michałowem
50194;41;M;internet;140,183,2491,421,2485;Nowa Praga z Pelcowizną
50221;64;F;internet;783,1924,565,596,421,2473;Nowa Praga z Pelcowizną
50231;34;F;internet;2089;Stara Praga i Szmulowizna z Michałowem
50234;27;F;internet;1286,1171,1578,2089,195,254,783,178,1942;Stara Praga i Szmulowizna z Michałowem
50305;30;M;internet;195,1865,2345,178,596,2448,2471,2485,2473,254,2491,1741,2218,1286,1171,783;Nowa Praga z Pelcowizną
50370;60;M;internet;783,596,565,421,2108,2473,1578;Nowa Praga z Pelcowizną
50381;15;F;internet;421;None
50546;33;M;internet;1223,2089,1741,2448;Nowa Praga z Pelcowizną
50555;37;M;internet;2473,195,2089,178,2491,183,2448,2471,1171,1924,1942,1741,1528;Stara Praga i Szmulowizna z Michałowem
50616;32;F;internet;183;Stara Praga i Szmulowizna z Michałowem
50622;26;F;internet;178,2448,783,1528,1741,2485,1942,2471,878,254,1865,2345,1286,2218,2473,2491,1578;Stara Praga i Szmulowizna z Michałowem
50628;29;F;internet;1865,2471,183,195,2345,256,1741,2448,2491;Nowa Praga z Pelcowizną
50691;36;F;internet;2089,178,1741,2448,195,2485,1865,2345,1286,254,256,2491,2218,783,1528;Nowa Praga z Pelcowizną
50728;31;M;internet;1924,2089,2345,183,2108,2485,195,254,2473,565,178;Nowa Praga z Pelcowizną
50745;38;M;internet;421,183;Stara Praga i Szmulowizna z Michałowem
50794;18;M;internet;1223;Stara Praga i Szmulowizna z Michałowem
50798;45;M;internet;1223,2089,2473,2448,1528,178;Stara Praga i Szmulowizna z Michałowem
50832;43;M;internet;268;Nowa Praga z Pelcowizną
50842;42;F;internet;783;Stara Praga i Szmulowizna z Michałowem
50861;31;F;internet;1528,2089,2485,178,878,2448,2345;Stara Praga i Szmulowizna z Michałowem
50942;31;F;internet;183;Stara Praga i Szmulowizna z Michałowem
50979;10;F;internet;1223,2089,2473,2448,1528,178;Stara Praga i Szmulowizna z Michałowem
51002;30;F;internet;2491;Stara Praga i Szmulowizna z Michałowem
51091;32;M;internet;268;Stara Praga i Szmulowizna z Michałowem
51097;30;F;internet;1223,565,178,2448,2218;Nowa Praga z Pelcowizną
51248;32;F;internet;254,878,178,1741,1286,2448,2485,1865,1924,1578,256,2089,2218,1528;Stara Praga i Szmulowizna z Michałowem
51277;38;F;internet;268;Stara Praga i Szmulowizna z Michałowem
51363;31;M;internet;421,2473,254,195,565;Nowa Praga z Pelcowizną
51377;29;F;internet;1528;Nowa Praga z Pelcowizną
51427;38;M;internet;1223,2491,2485;Nowa Praga z Pelcowizną
51438;39;F;internet;178;Stara Praga i Szmulowizna z Michałowem
51644;13;F;internet;421,2448,2491,183,1924,783,1741,2485,2218,178,2089,1528;Nowa Praga z Pelcowizną
51657;35;F;internet;2491,2089,1528,565,178,2108,921,2448,2471,2218,2485,2473,1924,256,783,2345;Nowa Praga z Pelcowizną
51660;29;F;internet;183,1865,1924,254,195,2345,1578,2491,2448,2089,178,2218,2485;Stara Praga i Szmulowizna z Michałowem
51663;30;F;internet;2108,2345,183,1741,2485,2448,2089,195,1171,2218,1286,2491,1528,878,178;None
51686;36;M;internet;268;Nowa Praga z Pelcowizną
51704;46;M;internet;565,2345,195,178,1741,2448,2485,1865,1286,2471,2218,1578,2473,596,1528,2491,1171;Nowa Praga z Pelcowizną
51727;31;F;internet;195,178,1741,2448,2471,2218,2485,2491,183,1865,2089,880,878,783,1528,1171,2345;Stara Praga i Szmulowizna z Michałowem
51739;26;M;internet;254,1528,2089,195,2485,2471,2448,1865,878,178,2491,183,1741,2218,880;Nowa Praga z Pelcowizną
51750;35;M;internet;1223,2089,2448,178,2485,2218;Stara Praga i Szmulowizna z Michałowem
51934;26;F;internet;2485,1741,1223;Nowa Praga z Pelcowizną
52020;38;M;internet;195,183,878,254,2345,178,2491,921,2448,2471,1171,2485,1741,1528,2218;Nowa Praga z Pelcowizną
52026;27;M;internet;1865,183,195,2089,2345,256,178,2491,1741,2448,2485,2218;Nowa Praga z Pelcowizną
52097;69;M;internet;1072,2485,2471,1286,195,2089,183,596,921,178;Stara Praga i Szmulowizna z Michałowem
52156;22;M;internet;195,565,140,183,596,1286,2448,2485,1171,2218,1741;Stara Praga i Szmulowizna z Michałowem
52178;51;F;internet;195;Stara Praga i Szmulowizna z Michałowem
52198;38;F;internet;268;Nowa Praga z Pelcowizną
52217;30;M;internet;2491,183,2448,2218,2485,1528,1924,195,140,178,783,1741,1286,2473,2089;Stara Praga i Szmulowizna z Michałowem
52269;27;M;internet;1223,2471,2448;Stara Praga i Szmulowizna z Michałowem
52271;58;F;internet;921;Stara Praga i Szmulowizna z Michałowem
52321;31;M;internet;2108,2471,878,2485,1741;Nowa Praga z Pelcowizną
52436;33;F;internet;783,1528;Stara Praga i Szmulowizna z Michałowem
52502;27;F;internet;1924;Nowa Praga z Pelcowizną
52617;40;M;internet;195,2491,178,183,1741;Stara Praga i Szmulowizna z Michałowem
52621;24;M;internet;195,1865,2345,1741,183,2108,1286,2471,2491,2448,1528;Stara Praga i Szmulowizna z Michałowem
52655;31;F;internet;2089,2485,1223,2448,178,2218,1528;Nowa Praga z Pelcowizną
52675;33;F;paper;1924,596;Stara Praga i Szmulowizna z Michałowem
52718;33;M;internet;183,2448,2471,2485,2491,565,254,178,1741,140,596,2473,1578,2345,2089,1528;Nowa Praga z Pelcowizną
52761;57;F;internet;183,254,195,2089,1741,2448,2485,2108,1924,2471,2491,2218,178;Nowa Praga z Pelcowizną
52871;62;M;internet;2485,2491,195,1741,921,2448,183;Stara Praga i Szmulowizna z Michałowem
52893;34;F;internet;2089,2345,2491,183,2448,1942,2471;Nowa Praga z Pelcowizną
52903;60;M;internet;140,1924,195,2473,2448,2471,2485,2345,178,596,1286;Stara Praga i Szmulowizna z Michałowem
52940;52;M;internet;2471,2448,921,2108,2491,878,1865,2089,1924,1528,880,783,1578,565;Stara Praga i Szmulowizna z Michałowem
53021;78;M;internet;195;Nowa Praga z Pelcowizną
53055;26;F;internet;183,2218,2485,195,178,2473;Nowa Praga z Pelcowizną
53076;67;M;paper;268;Stara Praga i Szmulowizna z Michałowem
53113;39;F;internet;195,183,2485,254,1528,2089,878,2491,1286,2471,2448,880,2345;Stara Praga i Szmulowizna z Michałowem
53160;27;F;internet;268;Nowa Praga z Pelcowizną
53338;26;F;internet;1924,2089,2491,2471,1942,2345,183,596,1171,178;Nowa Praga z Pelcowizną
53465;23;F;internet;195,2345,256,2491,2471,183,2108,2485,1528;Stara Praga i Szmulowizna z Michałowem
53568;30;F;internet;183,195,878,880,2089,2448,2473,2491,256;Stara Praga i Szmulowizna z Michałowem
53598;30;F;internet;195;Stara Praga i Szmulowizna z Michałowem
53613;28;M;paper;268;Nowa Praga z Pelcowizną
53620;33;F;internet;2448,1171,195,1942,421,2089;Nowa Praga z Pelcowizną
53696;44;F;internet;2485,1741,195,183,2491,1528,2473,2345,878,2471,1286,1072;Stara Praga i Szmulowizna z Michałowem
53728;39;F;internet;783,195,2089,2491,1924,2473,1865,1741,2448,1286,2471,1171,2218,2108,178,1528;Stara Praga i Szmulowizna z Michałowem
53761;33;F;internet;2089,2485,2448,1741,195,1924,178,183,1286,783,1528,140,2473,2491,2218;Stara Praga i Szmulowizna z Michałowem
53816;31;M;internet;254,1924,565,2089,183,1171,195,783,1865;Nowa Praga z Pelcowizną
53821;27;F;internet;921;Stara Praga i Szmulowizna z Michałowem
53889;63;F;internet;1286,2485,2471,2448,178,195,1924,1865,1942,2345,783;Stara Praga i Szmulowizna z Michałowem
53949;39;F;internet;2345,2448,183,2471,195,1741,1924,783,2485,1072,2089,2473,178,1286,2491,2218;Nowa Praga z Pelcowizną
54060;26;F;internet;2491,2089,195,183,2448,2471,421,178;Stara Praga i Szmulowizna z Michałowem
54092;32;M;internet;254,2089,1865,2491,2471;Nowa Praga z Pelcowizną
54156;44;M;internet;1865;Stara Praga i Szmulowizna z Michałowem
54157;47;F;internet;183,2471,2448,2491,178,195,140,880,1865,1578,565,783,2089,1528;Nowa Praga z Pelcowizną
54246;27;F;internet;1865,2471;None
54339;23;M;internet;195,2089,2448,1865,2345,178,2491,1924,2218,1286,2471,1171,2485,783,254,1528,1741;Nowa Praga z Pelcowizną
54370;31;F;internet;783,1924,195,2089,1865,1578,878,178,2491,183,2448,2485,2218;Stara Praga i Szmulowizna z Michałowem
54397;41;M;internet;1924,2089,2345,183,421,2473,2491,2448,2218;Nowa Praga z Pelcowizną
54407;34;M;internet;268;Stara Praga i Szmulowizna z Michałowem
54422;22;M;internet;178,2491,1741,2448,2471,1171,1924,140,2473,1865,565,1942,1528,2218;Nowa Praga z Pelcowizną
54532;64;F;internet;2485;Nowa Praga z Pelcowizną
54561;64;F;internet;195,2089,254,783,2345,256,878,2491,2471,1171,1741,178,2473,565,2448,2218,1528;Stara Praga i Szmulowizna z Michałowem
54591;32;M;internet;1223,2491,178,2448;Nowa Praga z Pelcowizną
54627;50;M;internet;1171,421,1924,256,2471,2089;Nowa Praga z Pelcowizną
54630;9;F;paper;195,178,1741,921,2448,2471,2485;Nowa Praga z Pelcowizną
54670;33;F;internet;1924,2491,183,1286,421,2485,2473;Stara Praga i Szmulowizna z Michałowem
54692;28;F;internet;783,2491,183,2345,140,1072,565,1578,1924,2471,2089,1286,2448,2218;Nowa Praga z Pelcowizną
54701;40;F;internet;254,2345,421,2089,195,1528,2471,2448,1741,2491,2485,2218;Nowa Praga z Pelcowizną
54706;28;F;internet;2485,1072,2448,1865,2471,178;Nowa Praga z Pelcowizną
54873;28;F;internet;1924,421,921,1528,1865,178,2448,2485,2218;Nowa Praga z Pelcowizną
55020;36;F;internet;195,183,1924,1741,1286,2491,256,2485,2448,2089,1528;Stara Praga i Szmulowizna z Michałowem
55145;29;M;internet;1741,140,195,565,256,2448,2485,1865,2473,178,2218,1171,2089,1528;Nowa Praga z Pelcowizną
55176;40;F;internet;1286;None
55189;31;F;internet;268;Stara Praga i Szmulowizna z Michałowem
55190;40;F;internet;1865,183;Nowa Praga z Pelcowizną
55223;26;F;internet;195,1865,1578,878,2491,1942,2448,2485,2218,178,2471,1741,1286;Stara Praga i Szmulowizna z Michałowem
55252;40;F;internet;783,183,596,421,2473,1578,2089;Nowa Praga z Pelcowizną
55305;62;F;internet;565,1286,183,140,195,878,2473,1741,2448;Stara Praga i Szmulowizna z Michałowem
55323;39;M;internet;2089;Stara Praga i Szmulowizna z Michałowem
55327;25;F;internet;1924;Stara Praga i Szmulowizna z Michałowem
55343;39;F;internet;1223;Stara Praga i Szmulowizna z Michałowem
55347;32;F;internet;195,2345,256,1072,2485,2471,1286,2448,1741,2108;Nowa Praga z Pelcowizną
55354;42;F;internet;2471,195,1924,256,2345,1865,2473,2089,880,1528,565,178;Stara Praga i Szmulowizna z Michałowem
55363;63;F;internet;2089,2345,2473,2491,2448;Stara Praga i Szmulowizna z Michałowem
55380;29;F;internet;140,2089,1865,178,1942,921,2448,2218,195;Nowa Praga z Pelcowizną
55415;35;F;internet;878,195;Stara Praga i Szmulowizna z Michałowem
55475;67;M;paper;421;Stara Praga i Szmulowizna z Michałowem
55487;37;F;internet;2485,1741,1924,1286,2448,195,256,183,2471,178,2218;Nowa Praga z Pelcowizną
55517;30;F;internet;783,2485,2448,1924,2491,2108,195,2471,178,256,1578,1741,1528,2218;Nowa Praga z Pelcowizną
55518;24;F;internet;2471,1286,1924,195,1865,2345,183;Stara Praga i Szmulowizna z Michałowem
55543;24;M;internet;880,195,2473,1865,2345,1578,178,2491,183,1741,2485,2471,1286,2448,2089,1171,2218,1528,783;Stara Praga i Szmulowizna z Michałowem
55591;39;F;internet;268;Stara Praga i Szmulowizna z Michałowem
55631;35;F;paper;1286,2485;Stara Praga i Szmulowizna z Michałowem
55686;31;M;internet;1924,195,2089,183,596,2471,254,2473,1578,178,2448,2218,2485,1528;Nowa Praga z Pelcowizną
55691;28;M;internet;195,183,2491,1528,2089,1865,2345,1286,2448,2485,1171,1072;Stara Praga i Szmulowizna z Michałowem
55698;25;F;internet;1223,2471,1528,2448,2218;Nowa Praga z Pelcowizną
55715;43;F;internet;1924,2448,1286,183,2491,254,195,2089,2473,1865,178,2485;Stara Praga i Szmulowizna z Michałowem
55727;71;F;internet;2485,2448,1741,183,178,195,1924,1865,596,2218,1528;Stara Praga i Szmulowizna z Michałowem
55800;27;F;internet;2471,1223;Nowa Praga z Pelcowizną
55975;26;F;internet;1924,254,256,2491,2108,1741,2448,195,2485;Nowa Praga z Pelcowizną
56098;61;F;internet;195,421;Nowa Praga z Pelcowizną
56166;35;F;internet;1865,2345,178,2108,254,1741,2448,2485,183,783,880,1286,1171,2473,2471;Nowa Praga z Pelcowizną
56233;31;M;internet;183,878,2471,1942,254,1924,2089,178,2491,2448,565;Stara Praga i Szmulowizna z Michałowem
56341;29;F;internet;1924,195;Nowa Praga z Pelcowizną
56366;30;F;internet;783,254,1924,140,183,2471,1528,2089,2108,1741,2473,178,2218;Stara Praga i Szmulowizna z Michałowem
56462;31;M;internet;1865,2473;None
56507;25;F;internet;1924,2089,183,2448,2485,140,2491,178,2471,2108,1528,2473,565,1578,1741;Stara Praga i Szmulowizna z Michałowem
56548;41;F;internet;254,1528,195,878,183,2471,2473,2491,1942;Stara Praga i Szmulowizna z Michałowem
56579;44;F;paper;421;Stara Praga i Szmulowizna z Michałowem
56607;46;F;internet;2473,2448,1924,783;Nowa Praga z Pelcowizną
56680;41;F;internet;1528,254,195,2089,878,183,2471,140,2491,2448,2485,1171,2218,178;Stara Praga i Szmulowizna z Michałowem
56725;35;M;internet;1924,2473,565,783,254,140,195,1865,1578,2218,2485,1171;Stara Praga i Szmulowizna z Michałowem
56929;34;F;internet;2471,2448,2108,2345,195,140,1924,1286,178,2089,1171,2485,2218,1528;Nowa Praga z Pelcowizną
56940;27;F;internet;2485,2448,2218,178,254,1942,1741,2108,183,2491,1286,2471,783;Nowa Praga z Pelcowizną
57110;75;M;internet;2491,2473,2089,195,178,183,1942,1741,2448,2218,2485,1072,565,2345;Stara Praga i Szmulowizna z Michałowem
57222;67;F;internet;1286;None
57228;28;M;internet;268;None
57252;37;F;internet;596,1528,1865,178,1741,2448,2471,2485;Stara Praga i Szmulowizna z Michałowem
57254;31;F;internet;565;Nowa Praga z Pelcowizną
57372;33;F;internet;783;Stara Praga i Szmulowizna z Michałowem
57423;44;F;internet;1528,1865,878,178,1741,2448,2218,2485,254,2089,2491;Nowa Praga z Pelcowizną
57464;71;M;internet;256,880,195,1072,183,2491,1286,2471;Stara Praga i Szmulowizna z Michałowem
57481;37;F;internet;2491,2448,2485,183,195;Nowa Praga z Pelcowizną
57495;32;M;internet;2473,195,2491,183,1924;Nowa Praga z Pelcowizną
57542;32;F;internet;783;Stara Praga i Szmulowizna z Michałowem
57559;32;M;internet;783;Stara Praga i Szmulowizna z Michałowem
57766;31;M;internet;183,2108,421,2485,2218,2471,2448,1741,178,2089;Nowa Praga z Pelcowizną
57788;23;F;internet;195,256,2491,1741,2448,2218,2485,1171;Stara Praga i Szmulowizna z Michałowem
57807;29;F;internet;2108,1072,421,783,2491,2471,2485,1741,178,2089;Nowa Praga z Pelcowizną
57988;47;F;internet;1924,2089,878,183,2448,2471,195,2485,178;Stara Praga i Szmulowizna z Michałowem
58049;33;F;internet;2485,2218,596,1865,2473,1924,1528,140,183,178;Nowa Praga z Pelcowizną
58072;38;F;internet;268;Nowa Praga z Pelcowizną
58075;41;F;internet;178,2491,1865,1741,2448,2218,2485,183;Nowa Praga z Pelcowizną
58102;37;F;internet;1072,2485,2218,1286,2448,1741,1942,178,183,878,1924;Nowa Praga z Pelcowizną
58156;33;F;internet;195;Nowa Praga z Pelcowizną
58269;70;F;internet;268;Nowa Praga z Pelcowizną
58423;19;M;internet;2491,183,2471,921,1286,2448,2485,1741,254,2089,2218,1528,1865,878,178,1171;None
58428;37;F;internet;195,783,1924,140,1865,878,2448,2089,1578,2491,178,2485;Stara Praga i Szmulowizna z Michałowem
58439;28;F;internet;783,1924,2491,2089,2473,1865,2448,2471,2218,2485,565,2345,596,1528,183,178;Nowa Praga z Pelcowizną
58449;47;F;internet;2485,1286,178,2448,2218,1741,183,2491,195,1865,2345,596,1528;Stara Praga i Szmulowizna z Michałowem
58491;28;F;internet;183,1528,2491,2108,2448,2471,195,1865,878,2089;Stara Praga i Szmulowizna z Michałowem
58601;27;F;internet;195,2473,2491,183,596,140,783,1528,565,1741,2485,2448,2218,178;Nowa Praga z Pelcowizną
58634;37;F;internet;2491,183,1741,421,2485,195,178;Stara Praga i Szmulowizna z Michałowem
58647;23;F;internet;1865;Nowa Praga z Pelcowizną
58656;45;M;internet;195,1741,2448,1286,2218,2485,1865,178,2491,183,596,2471,2473,1528;Stara Praga i Szmulowizna z Michałowem
58739;41;M;internet;1924,2089,878,178,183,1942,2448,2218,2485,1741,1286,2491,2473,565;Stara Praga i Szmulowizna z Michałowem
58759;48;M;internet;783;Stara Praga i Szmulowizna z Michałowem
58832;41;F;internet;2485,195,878,256,178,183,1741,2218,2448;Nowa Praga z Pelcowizną
58851;32;F;internet;178,2448,1286,2471,2218,2485,1741,596,1942,256,880,2345,2089,1528;Nowa Praga z Pelcowizną
58911;41;M;internet;2485,178,183,2448,2471,1741,195,2491,2218,1171,1286,878,1528,880,1865,1578;Stara Praga i Szmulowizna z Michałowem
58975;29;F;internet;1924,195,2473,878,183,2448,2471,254;Nowa Praga z Pelcowizną
59048;19;F;internet;921,2471,2485,880,195,1865,178,256,2218,2448,1741,2345;Nowa Praga z Pelcowizną
59086;23;F;internet;1528,140,178,183,2448,2471,2485,1741,921,2218,195,565,1171,2491,1578,2089;Stara Praga i Szmulowizna z Michałowem
59102;20;F;internet;1223,2485,880,1528;Stara Praga i Szmulowizna z Michałowem
59300;38;M;internet;2089;Stara Praga i Szmulowizna z Michałowem
59368;34;F;internet;268;Nowa Praga z Pelcowizną
59409;21;M;internet;195,2345,2491,183,2448,2218,1741,178,1865,1924;Nowa Praga z Pelcowizną
59431;30;M;internet;783,1528,1924,2089,1578,178,183,1286,2471,2485;Nowa Praga z Pelcowizną
59460;32;F;internet;2485,183,1865,178,2448,2471,195,1286,2218,880,2345,2089,1578,1171,783,2473,2491,1741,1528;Nowa Praga z Pelcowizną
59520;35;F;internet;2471,1223,2485;Nowa Praga z Pelcowizną
59542;8;M;internet;2089,421,1924,195,2491,2485,783,1741,2448,178,2218,1528;Stara Praga i Szmulowizna z Michałowem
59549;28;F;internet;1578,2491,183,2485,254,195,2345,178,2108,1741,2448,1286,2471,1171,1528;Nowa Praga z Pelcowizną
59616;32;F;internet;178;Nowa Praga z Pelcowizną
59776;27;M;internet;1924,195,878,1528,2089,1865,2471;Stara Praga i Szmulowizna z Michałowem
59778;29;F;internet;268;Stara Praga i Szmulowizna z Michałowem
59821;24;F;internet;1528,878,178,2491,183,1741,2471,1171,2485,2448,256,2218,2345,1865;Nowa Praga z Pelcowizną
59973;43;F;internet;2345,878,421,2471,195,2491,2473,1528,178,2448;Nowa Praga z Pelcowizną
59978;31;F;internet;254,1528,195,2089,183,1286,878,2448,1924;Stara Praga i Szmulowizna z Michałowem
59988;35;M;internet;2491,1741,2471,2485,1171,2345,178,2108,2448,2218,183,1924,1528,2089,596;Stara Praga i Szmulowizna z Michałowem
60076;44;F;internet;1528;Stara Praga i Szmulowizna z Michałowem
60090;38;F;internet;2471,2448,1578,783,421,1924,183,2485,2218,2089,2473;Nowa Praga z Pelcowizną
60108;31;F;internet;2471,1578,140,195,783,183;Nowa Praga z Pelcowizną
60130;28;F;internet;783,1528,1924,2089,1578,178,183,1286,2471,2485;Nowa Praga z Pelcowizną
60143;5;F;internet;783,195,596;Stara Praga i Szmulowizna z Michałowem
60158;34;M;internet;1924,2089,2471,2108,2491,254,178,183,1741,2448,2218,2485,2473,1528,921,880;Stara Praga i Szmulowizna z Michałowem
60198;35;M;internet;2089,254,140,1528,195;Nowa Praga z Pelcowizną
60268;34;F;internet;195,1865,178,183,2448,2471,2485,1924,2473,2089,2345,1286,2491,1528;Nowa Praga z Pelcowizną
60296;20;F;internet;2345;Nowa Praga z Pelcowizną
60298;52;M;internet;1223,2491,2448;Stara Praga i Szmulowizna z Michałowem
60302;29;F;internet;2108,596,2491,183,2345,2473,2471,1741,783,1865,178,2448,2485,2218,1528;Nowa Praga z Pelcowizną
60314;4;F;internet;783,195;Stara Praga i Szmulowizna z Michałowem
60322;9;M;internet;1528;Stara Praga i Szmulowizna z Michałowem
60330;29;M;internet;256,421,1924,565,2473,1578;None
60422;42;M;internet;2345;Stara Praga i Szmulowizna z Michałowem
60460;35;M;internet;421,2485,195,2089,2345,1171,1741,254;Nowa Praga z Pelcowizną
60531;41;F;internet;783,1924,421,2108,1528,178,2473,2491,2448,2485,565,2218;Nowa Praga z Pelcowizną
60601;27;F;internet;1072,2448,2485,1942,178,1865,195,2345,1741,1286,2471;Nowa Praga z Pelcowizną
60649;24;F;internet;268;Nowa Praga z Pelcowizną
60654;59;F;internet;1528,2485,2471,2345,2473,195,1865,178,183,2448,2218,1924;Nowa Praga z Pelcowizną
60666;37;F;internet;783,195,2089,178,1942,596,921,2471,1741,1578,2491,2485;Nowa Praga z Pelcowizną
60698;28;F;internet;1924,140,195,1865,178,183,1741,2448,2218,2485;Nowa Praga z Pelcowizną
60740;36;M;internet;783,1924,2473,421;Stara Praga i Szmulowizna z Michałowem
60767;39;M;internet;1528,2448,2471,2218;Nowa Praga z Pelcowizną
60845;32;F;internet;183,1865,195,2089,2345,2491,2448,2485,1924,178,1286,2471,2473,2218,1528;Stara Praga i Szmulowizna z Michałowem
60846;25;F;internet;1223;Nowa Praga z Pelcowizną
60915;31;F;internet;2089,1286,2485,178,1741,2218,1865,195;Stara Praga i Szmulowizna z Michałowem
60919;33;M;internet;2473,2089,2485,2218,2471,2448;Nowa Praga z Pelcowizną
60947;25;F;internet;254,878,178,2491,183,1741,2448,2471,2485,2218,1942,2089,1528,880,2345,1171,565;Stara Praga i Szmulowizna z Michałowem
60954;27;F;internet;2448,2473,2108,596,1741,2218,421,2471,178,2485;Nowa Praga z Pelcowizną
61015;28;M;internet;254,2471,1924,2491,2345,1865,2089;Stara Praga i Szmulowizna z Michałowem
61090;33;F;internet;2108,1924,2491,195;None
61135;34;F;internet;2345,2448,2471,183,1924,2089,178,1741,195,2491,254,2473,1528,565,1286,2485,2218;Nowa Praga z Pelcowizną
61164;39;M;internet;1924,195,2473,565,178,2491,1942,2471,2485,2448,1578,596,1528;Nowa Praga z Pelcowizną
61184;36;F;internet;1924;Nowa Praga z Pelcowizną
61218;61;F;internet;268;None
61222;22;F;internet;1924,2345,183,195;Nowa Praga z Pelcowizną
61264;40;M;internet;1528,1286,2471,2218;Nowa Praga z Pelcowizną
61300;31;F;internet;2218,2485,254,1924,195,1865,1072,1286,1741,2491,178;Nowa Praga z Pelcowizną
61343;40;M;internet;1924,195;Stara Praga i Szmulowizna z Michałowem
61385;55;M;internet;268;Nowa Praga z Pelcowizną
61439;29;F;internet;1528,256,183,2471,2108,2218,1924,2345,2448,2485,1286;None
61484;38;M;internet;1528;Stara Praga i Szmulowizna z Michałowem
61497;77;F;internet;2471,421,2345,1865,195,2448;Nowa Praga z Pelcowizną
61518;40;M;internet;783,1924,195,2473,2485,878,565,596,2448,2089,1865,178,2218,1528;Nowa Praga z Pelcowizną
61543;35;F;internet;178,2448,2218,2485,783,880,1528,2089,1865,596,2471,195,1578,878,1741,1286,1171;Stara Praga i Szmulowizna z Michałowem
61573;66;F;paper;1924,1865,256,921,2448,2471;Nowa Praga z Pelcowizną
61590;32;M;internet;195,2345,2448,2485,183,878;Nowa Praga z Pelcowizną
61784;26;F;internet;183,195,878,880,2089,2448,2473,2491,1924,1171,2471,254;Stara Praga i Szmulowizna z Michałowem
61860;30;M;internet;183,2491,1072,2485,421,2471,1286,2448,2473;Nowa Praga z Pelcowizną
61878;36;M;internet;1528;Stara Praga i Szmulowizna z Michałowem
61894;42;F;internet;195,2345;Stara Praga i Szmulowizna z Michałowem
61924;31;F;internet;1865;Nowa Praga z Pelcowizną
61997;32;F;internet;2108,878,421;Nowa Praga z Pelcowizną
62059;35;F;internet;1223;Nowa Praga z Pelcowizną
62119;40;M;internet;1924,140,2345,2491,421,2448,2485,178,2218,1528;Nowa Praga z Pelcowizną
62121;28;F;internet;2491,2448,2471,1171,421,783,195,1865;Nowa Praga z Pelcowizną
62127;44;F;internet;183,2218,2471,2448,1528,2491,140,195,2089;None
62141;47;F;internet;1865,2491,183,2448,2485,256,1741,2471,783;Nowa Praga z Pelcowizną
62215;27;M;internet;2491,183,421,2485;Nowa Praga z Pelcowizną
62220;54;M;internet;254,1528,195,2089,878,183,2471,2485,2491,2448,2218,1865,178,1286;Stara Praga i Szmulowizna z Michałowem
62222;40;F;internet;2089,1072,254,783,1924,880,2473,878;Stara Praga i Szmulowizna z Michałowem
62339;33;F;internet;1924,2089,183,2448,878,1865,2345,178,2491,1528,1286,1171,880;Nowa Praga z Pelcowizną
62452;37;M;internet;2473,565,2345,2448,2218,1072;Nowa Praga z Pelcowizną
62459;34;F;internet;1865,2471,2491,2089,2345,2218;Nowa Praga z Pelcowizną
62488;46;F;internet;254,1528,195,2089,878,178,2491,183,2448,1286,2218,2485;Stara Praga i Szmulowizna z Michałowem
62551;30;F;internet;1865,140,2485,178,195,2345,2491,1741,2471,2108,2448,2089,783,1528;Nowa Praga z Pelcowizną
62575;26;F;internet;140,2218,2471,1528,178,783,195,2089,1865,2473,2345,183,1741,2485;Stara Praga i Szmulowizna z Michałowem
62590;62;F;internet;1924,195,1865,2089,2473,2345,878,183,2471,2448;Stara Praga i Szmulowizna z Michałowem
62592;29;M;internet;1072,2485,2448,183,1924,2089,1865,565,878,2491,2473,1171,2345,1528;Nowa Praga z Pelcowizną
62686;30;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
62801;22;F;internet;195,878,178,183,1741,2448,1286,2471,2218,2485,1528,1924,2491,2089,2345;Stara Praga i Szmulowizna z Michałowem
62855;19;M;internet;2089,2491,183,254,783,195,1865,2345,2448,1286,2473,178,1741,2471,2218,2485,1528;Nowa Praga z Pelcowizną
62872;30;F;internet;1924,140,421;Nowa Praga z Pelcowizną
62953;58;F;internet;421,2448,921,596,2491,2485,1741,178,1286;Stara Praga i Szmulowizna z Michałowem
63033;34;F;internet;2345,2471,421,2448,183,2491,1924,2218;Nowa Praga z Pelcowizną
63112;54;M;paper;783,254,2473,565,2345,2448,2218,1072;Nowa Praga z Pelcowizną
63231;39;F;internet;2485;Nowa Praga z Pelcowizną
63240;63;F;paper;1528,195,2345,178,183,1741,2448,2471,2218,2485;Nowa Praga z Pelcowizną
63385;35;F;internet;421,2218,2448,1865,2089,195,1286,1741;Nowa Praga z Pelcowizną
63394;42;F;internet;2448,1528,1741,2471,2108,921,2218,178,1171,2491,1578,254,783,183,2485,880,878;Stara Praga i Szmulowizna z Michałowem
63411;38;F;internet;1924,1286,2491,254,2345,2471,1072,2473,1865,2089;Stara Praga i Szmulowizna z Michałowem
63418;19;F;internet;2491,183,256,1528,2345;Nowa Praga z Pelcowizną
63421;38;F;internet;565,183,1286;None
63431;52;F;internet;783,254,1528,2473,565,2345,2218,2448;Nowa Praga z Pelcowizną
63432;41;F;internet;596;Stara Praga i Szmulowizna z Michałowem
63450;58;F;internet;783,254,1528,2473,565,2345,2448,2218;Nowa Praga z Pelcowizną
63462;30;F;internet;421;Nowa Praga z Pelcowizną
63584;30;F;internet;2491,183,2471,421,1924,783,2473,178,2089;Stara Praga i Szmulowizna z Michałowem
63602;49;M;internet;783,1528,2473,565,2345,256,2218,2448,2471;Nowa Praga z Pelcowizną
63649;29;F;internet;183,1865,1924,254;None
63700;33;F;internet;254,783,195,140,1578,2471,2448,921,2108,1741,2089,1528,2485;Nowa Praga z Pelcowizną
63799;48;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
63806;33;F;internet;140,195,878,2491,183,1286,565,254,2448,1528;Stara Praga i Szmulowizna z Michałowem
63812;36;F;internet;1865,878,195,1924,2089,2345,2471,2448,183;Nowa Praga z Pelcowizną
63859;38;F;internet;178;Stara Praga i Szmulowizna z Michałowem
63917;55;F;internet;268;None
64051;40;F;internet;178,1741,2448,2218,2485,2108;Nowa Praga z Pelcowizną
64086;32;M;internet;2485,1741,1286,2491,2108,2448,2471,421,178,2473,2089,1171,2345;Stara Praga i Szmulowizna z Michałowem
64125;24;F;internet;2485;Nowa Praga z Pelcowizną
64173;29;F;internet;140,565,183,1171,1286,2491,2473,195,1924,783,2448,178,2218;Stara Praga i Szmulowizna z Michałowem
64237;33;F;internet;2089,878,2108,1741,2448,1286,2218,783,195,2491,1528,178,2471,2485,1924,2473,565;Stara Praga i Szmulowizna z Michałowem
64349;23;F;internet;421;Nowa Praga z Pelcowizną
64366;24;F;internet;596;Stara Praga i Szmulowizna z Michałowem
64508;24;M;internet;2089,1223,1741;Stara Praga i Szmulowizna z Michałowem
64530;22;F;internet;1741;Stara Praga i Szmulowizna z Michałowem
64581;42;F;internet;1286,2448,2089,195,2345,1865,2485;Stara Praga i Szmulowizna z Michałowem
64593;23;M;internet;880,195,2473,2491,2448,2471,1171,1072,256,921,2345,1286;Stara Praga i Szmulowizna z Michałowem
64667;34;F;internet;1924,1865,2485,421,2471,2448,1741,2491,178,565,1528;Nowa Praga z Pelcowizną
64679;46;F;internet;178,2491,183,1741,2448,1286,2485,596,921,1924,2473,1171,2471,880,2089,2218,1528;Stara Praga i Szmulowizna z Michałowem
64705;37;M;internet;1286,2485,178,1741,2218,183,878;Stara Praga i Szmulowizna z Michałowem
64711;43;F;internet;1924;Nowa Praga z Pelcowizną
64723;39;F;internet;1924;Stara Praga i Szmulowizna z Michałowem
64733;36;F;internet;783,140,565,256,2491,2471,2448,1741,1942,178,1578,2345,2089;Nowa Praga z Pelcowizną
64837;29;F;internet;195,1286,183,2345,140;Stara Praga i Szmulowizna z Michałowem
64876;43;M;internet;195,1865,2345,254,2491,183,2108,2448,2471;Stara Praga i Szmulowizna z Michałowem
64883;71;F;internet;1286,2485,178,1741,2218,183,878;Stara Praga i Szmulowizna z Michałowem
64918;30;F;internet;1171,2471,2448,183,256,2345,1865,195,783,2089;Nowa Praga z Pelcowizną
64953;23;M;internet;1528,1924,880,140,195,2089,783,254,2473,1865,565,1578,2448;Stara Praga i Szmulowizna z Michałowem
64970;31;M;internet;140,565,2473,195,878,2491,2108,783,1578,1286,1171,2089,2448,1528,178;Stara Praga i Szmulowizna z Michałowem
64980;34;F;internet;1924;Nowa Praga z Pelcowizną
65026;37;F;internet;783;Stara Praga i Szmulowizna z Michałowem
65085;31;M;internet;878,195,2089,2473,2491,183,2448,1171,254,1528,1865,2345,1578,2218;Stara Praga i Szmulowizna z Michałowem
65180;27;F;internet;140;Stara Praga i Szmulowizna z Michałowem
65192;28;M;internet;195,421,183,2485,2218,1286,2448,178,1528;Stara Praga i Szmulowizna z Michałowem
65209;25;F;internet;268;Stara Praga i Szmulowizna z Michałowem
65266;34;M;internet;2345;Nowa Praga z Pelcowizną
65313;54;F;paper;1865,2345,183,2471,421;Nowa Praga z Pelcowizną
65316;59;F;internet;268;Nowa Praga z Pelcowizną
65337;28;F;internet;1223,783,1528,2089;Stara Praga i Szmulowizna z Michałowem
65370;29;M;internet;2108,421,2485,1865,2345,1741,178,2448;Nowa Praga z Pelcowizną
65437;26;M;internet;1865;Nowa Praga z Pelcowizną
65478;35;F;internet;2473,2491,183,596,921,2448,2471,2485,1072,783,254,2089,565;Nowa Praga z Pelcowizną
65514;45;F;paper;783,1924,565,2345,256,183,2108;Nowa Praga z Pelcowizną
65548;40;F;paper;783,1528,2473,565,2345,256,2448,2471,2218,421;Nowa Praga z Pelcowizną
65577;28;F;paper;1223;Nowa Praga z Pelcowizną
65702;30;F;internet;195,2473,178,878,1741,2448,1286,2471;Stara Praga i Szmulowizna z Michałowem
65849;24;F;internet;1924;Nowa Praga z Pelcowizną
65850;41;F;internet;195,2473,2345,178,2491,183,2448,2471,2485,1528,1924,2218,1741,783,2089,1578,878,1171;Nowa Praga z Pelcowizną
66055;29;F;internet;2485;Nowa Praga z Pelcowizną
66089;33;F;internet;183,2448,2471,421,195,1578,1528,2473,2218,178;Nowa Praga z Pelcowizną
66178;36;F;internet;421;Nowa Praga z Pelcowizną
66212;52;F;internet;2485;Nowa Praga z Pelcowizną
66238;30;F;internet;1924,140,421;Stara Praga i Szmulowizna z Michałowem
66248;25;F;internet;195,878,183,783,1865,2471,1171,596;Stara Praga i Szmulowizna z Michałowem
66292;37;F;internet;2491,183,178,2448,2485,1171,2218,195,1741,2471;Nowa Praga z Pelcowizną
66301;34;M;internet;1223;Stara Praga i Szmulowizna z Michałowem
66315;47;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
66358;37;F;internet;1865;Nowa Praga z Pelcowizną
66365;26;F;internet;2448,1741,2471,178,256;Stara Praga i Szmulowizna z Michałowem
66413;36;M;internet;421,921,183,254,1528,2448,2471,2485,2218,178;Stara Praga i Szmulowizna z Michałowem
66471;34;M;internet;2471,878,256,2345,195,1528,183,2485,2448,2491,1741;Nowa Praga z Pelcowizną
66501;29;F;internet;878,2485,2471,2448,183;Stara Praga i Szmulowizna z Michałowem
66506;64;M;internet;178,2485;Nowa Praga z Pelcowizną
66527;56;F;internet;256,178,1741,2471,2448,1865;Nowa Praga z Pelcowizną
66839;54;M;internet;268;Nowa Praga z Pelcowizną
66885;30;F;internet;195,1865,878,183,2491,921,1171;Stara Praga i Szmulowizna z Michałowem
66952;65;M;internet;268;Nowa Praga z Pelcowizną
67075;21;M;internet;2108,421,140;Nowa Praga z Pelcowizną
67131;29;F;internet;2108;Stara Praga i Szmulowizna z Michałowem
67149;65;F;internet;1865,178,2448,421,2473,1924;Nowa Praga z Pelcowizną
67156;34;F;internet;1286,2485,2448,1741,2471,254,1528,878,178,1072,880,195,2089,2491,1865,1171;Stara Praga i Szmulowizna z Michałowem
67182;69;F;internet;2485,1286,2218,2471,2448,1741,183,195,2491,596,178,2345;Stara Praga i Szmulowizna z Michałowem
67239;35;F;internet;2471,1865,565;Nowa Praga z Pelcowizną
67250;60;M;internet;783,1865,178,1741,921,2448,421,2485,1286,2491;Stara Praga i Szmulowizna z Michałowem
67265;19;F;internet;195,256,183,1924,1865;Nowa Praga z Pelcowizną
67311;32;M;internet;1924,2471,2473,256,183,1942,1171,1578,2448,178,2218;Stara Praga i Szmulowizna z Michałowem
67411;56;F;internet;1286,2471,2485,1171,1072,2448,1741,2491,178,878,2345,1865,2089,195,1528,1578,880,2473;Nowa Praga z Pelcowizną
67569;20;F;internet;421,1924,2345,1171,783,254,2491,1528,2089,2473,2471,2485,2218,2448;Nowa Praga z Pelcowizną
67604;25;M;internet;783;Stara Praga i Szmulowizna z Michałowem
67644;32;M;internet;783;Stara Praga i Szmulowizna z Michałowem
67663;27;F;internet;1865,178,1286,2448,2485,2218,2471,1741;Stara Praga i Szmulowizna z Michałowem
67701;23;M;internet;2089,178,2448,2108,2471,1528;Nowa Praga z Pelcowizną
67707;50;M;internet;268;Nowa Praga z Pelcowizną
67797;28;M;internet;1741,178,1223,2485;Nowa Praga z Pelcowizną
67800;31;M;internet;268;Nowa Praga z Pelcowizną
67869;28;F;internet;1171,1924,880,2473,1578,596,921,2448,2485,2471,1741,2108,1528,565,178,783,2491,2218,2089;Stara Praga i Szmulowizna z Michałowem
67911;28;F;internet;1942,2471,1171,565,2089,140,1924,783,195,2473,1528,178,2448;Nowa Praga z Pelcowizną
67990;30;F;internet;565;Nowa Praga z Pelcowizną
68012;53;F;internet;2089,1286,783,1924,421,2485,1865,880,2448;Stara Praga i Szmulowizna z Michałowem
68059;40;F;internet;183,596,1741,2485,783,880,2473,921,1924,1578,178,2491,1528,1171,2218,2448,1286;Stara Praga i Szmulowizna z Michałowem
68068;39;F;internet;783,183,195,878,1171,2491,1528,1924,2473,1865,178,2485;Nowa Praga z Pelcowizną
68098;29;M;internet;565;Nowa Praga z Pelcowizną
68128;29;M;internet;268;Nowa Praga z Pelcowizną
68180;73;F;internet;1865;Nowa Praga z Pelcowizną
68234;6;F;internet;783,1528,2473,2485,1924,140,565,1578,178,256,596,2448,1741,2218;Nowa Praga z Pelcowizną
68243;31;F;internet;1528,2448,2471,2218;Nowa Praga z Pelcowizną
68273;33;F;internet;783,1865,178,2491,183,1072,1286,2448,1741,596,2485,2471,2218,1171;Nowa Praga z Pelcowizną
68289;28;F;internet;783;Stara Praga i Szmulowizna z Michałowem
68312;52;M;internet;268;Stara Praga i Szmulowizna z Michałowem
68321;32;F;internet;783,183,1924,195,178,254,596,2491,2471,2448,2218,2485,1528;Stara Praga i Szmulowizna z Michałowem
68405;30;M;internet;195,1171,421,183,2089,2448,2471,178,2218;Stara Praga i Szmulowizna z Michałowem
68623;26;M;internet;421,2485,2448,1741,2491,178,1865,1924,783,2089,2471,2218;Nowa Praga z Pelcowizną
68665;31;F;internet;2491,183,254,1924,195,2345,1865,2448,2485,1741,1528,2473;Stara Praga i Szmulowizna z Michałowem
68681;9;F;internet;421,140,1924,2473,1578;Stara Praga i Szmulowizna z Michałowem
68748;25;M;internet;1528,195,2089,2473,1865,256,2491,183,1741,2448,2471,2218,2485;Stara Praga i Szmulowizna z Michałowem
68796;32;F;internet;2345,2491,2448,2485,1741,195,2473,878,1171;Nowa Praga z Pelcowizną
68888;21;F;internet;1528,1865,2345,2491,183,256,1286,2471,1741;Stara Praga i Szmulowizna z Michałowem
68926;58;F;internet;254,140,2473,565;Nowa Praga z Pelcowizną
68979;51;M;internet;1223;Nowa Praga z Pelcowizną
69170;59;M;internet;1528,1924,195,1865,256,2108,2448,178,2218;Stara Praga i Szmulowizna z Michałowem
69183;7;M;internet;1528,1924,1578,2473,2448,2089,195,421,880,2471;Stara Praga i Szmulowizna z Michałowem
69192;33;F;internet;2345,421,2471,783,1924,2089,1865,1741,2448,2218;Nowa Praga z Pelcowizną
69238;37;F;internet;1528,1924,254,2089,183,783,195,1865,2491,1171,2485,1578,2473,2218;Stara Praga i Szmulowizna z Michałowem
69294;41;M;internet;2345,2491,183,2473,1924,178,1741,2485,1171,2448,2471,2218,596,195;Nowa Praga z Pelcowizną
69401;30;F;internet;1865,254,1286,2471,2485,2448,565,195,2089,2345,2491,1741,921,178,1171,2218;Nowa Praga z Pelcowizną
69440;39;F;internet;1924,195,2473,178,2491,2471;Nowa Praga z Pelcowizną
69455;32;F;internet;880,2491,183,2471,1171,2218;Nowa Praga z Pelcowizną
69486;38;F;internet;1528,1924,880,195,2473,421,2448,1578,2089,783;Stara Praga i Szmulowizna z Michałowem
69522;38;F;internet;195,421,921,2089,1072;Stara Praga i Szmulowizna z Michałowem
69528;32;M;internet;1924,2491,2471,183,1942,178,1578,2473,195,1528,2089,1741,2448,2218;Nowa Praga z Pelcowizną
69715;43;F;internet;880,2448,2485,1865,1528,195,2491,254,2089,256,1286,178,1741,2218,783;Stara Praga i Szmulowizna z Michałowem
69801;36;F;internet;140,2345,2491,2448,2471,421,2485,878,2218,178;Nowa Praga z Pelcowizną
69855;27;M;internet;783,2491,183,1741,2448,1286,2471,421,2485,2089,2473,565,178,2218;None
69963;34;F;internet;783,1924,195,2089,2473,1865,565,2491,183,1286,2471,2218,2485,1528,178,2448;Stara Praga i Szmulowizna z Michałowem
70145;30;F;internet;880,195,2473,2471,183,2491,2448,1286,1171,596,1741,878,2218;Stara Praga i Szmulowizna z Michałowem
70181;23;F;internet;1223,2448,2471,1528,2218;Nowa Praga z Pelcowizną
70187;26;F;internet;1528,2448,1865,2345,921,2089,878,178,1741,2485,2491,2471,596,783,1286,2218;Stara Praga i Szmulowizna z Michałowem
70190;28;M;internet;2089,2345,195,183,1072,2471,2448,2108,2491,1286,2485;Nowa Praga z Pelcowizną
70259;25;M;internet;268;Stara Praga i Szmulowizna z Michałowem
70289;50;F;internet;1223,2448,2485,783;Nowa Praga z Pelcowizną
70291;29;F;internet;783,195,878,178,1741,2448,1171,2108,2471,2485;Stara Praga i Szmulowizna z Michałowem
70390;30;M;internet;1528,1924,195,2473,2471,183,2491,878,1171;Stara Praga i Szmulowizna z Michałowem
70431;48;F;internet;2491,183,195,2473,1865,256,2471,565;Stara Praga i Szmulowizna z Michałowem
70500;40;F;internet;2485;Nowa Praga z Pelcowizną
70513;19;F;internet;783,178,183,596,2485,2471,1924,2448,1528,140,921,2218;Stara Praga i Szmulowizna z Michałowem
70520;43;F;internet;880,2473,195,140,1528,878,1171,783,1286,2471,565,2448,921,1578,2089,178,2218,2485;Stara Praga i Szmulowizna z Michałowem
70523;42;M;internet;268;Nowa Praga z Pelcowizną
70563;33;F;internet;2491;Stara Praga i Szmulowizna z Michałowem
70572;41;M;internet;2089,2491,2471,421,1072,1942,178,1578,1528,2218;Stara Praga i Szmulowizna z Michałowem
70593;23;F;internet;268;Stara Praga i Szmulowizna z Michałowem
70688;27;F;internet;183,1924,195,2345,1072,783,140,2089,2448,2218;Stara Praga i Szmulowizna z Michałowem
70707;48;F;internet;1223;Stara Praga i Szmulowizna z Michałowem
70747;20;F;internet;1924,195,1865,2108,2491;Stara Praga i Szmulowizna z Michałowem
70800;30;F;internet;2491,183,195,1924,140,1865,2089,2218;Stara Praga i Szmulowizna z Michałowem
70860;23;F;internet;195,921,2491,140,254,1865,1528,1578,1171,2485,1286,2448,178;Nowa Praga z Pelcowizną
70909;42;M;internet;2089,1072,2345;Nowa Praga z Pelcowizną
70916;21;F;internet;1924,421,2448,2471,880,2473,1578,2491,1286,2485,1171,783,1528,2089,565;Stara Praga i Szmulowizna z Michałowem
70931;55;M;internet;2485,2448,878,1741,195,2345,178,1942,1286,1528,2491;Stara Praga i Szmulowizna z Michałowem
71016;28;M;internet;1171,2485,2448,2108,254,2345,1924,1865,2089,1741,921,783,1528,880,2473,178,2218;Nowa Praga z Pelcowizną
71167;40;M;internet;1924,2448,1286,2345,195,2089,565,2471,140,1865;Nowa Praga z Pelcowizną
71170;33;F;internet;2089;None
71200;40;F;internet;2471;Stara Praga i Szmulowizna z Michałowem
71247;21;F;internet;783;Stara Praga i Szmulowizna z Michałowem
71325;21;F;internet;2471,880,2345;Stara Praga i Szmulowizna z Michałowem
71552;43;M;internet;195,2089,2473,178,2218,2485,1072,2471,1924,2345,2491,2108,2448,1286,1741;Nowa Praga z Pelcowizną
71573;30;M;internet;195,878,183,2471,1924,178,2491,2108,2485;Stara Praga i Szmulowizna z Michałowem
71594;27;M;internet;2345,2491,183;Nowa Praga z Pelcowizną
71614;43;F;internet;195,2089,1942,254,1072;Nowa Praga z Pelcowizną
71644;42;F;internet;195,2345,1528,2473,256,596,2448,2471,783,2491,254,2089;Nowa Praga z Pelcowizną
71740;33;M;internet;2345,178,1741,2448,1286,2471,2218,2485,195;Nowa Praga z Pelcowizną
71776;35;F;internet;783;Stara Praga i Szmulowizna z Michałowem
71999;30;F;internet;2471,195,183,1286,1865,2491,878,2089,2448,254,1741;Stara Praga i Szmulowizna z Michałowem
72075;24;F;internet;1924;Nowa Praga z Pelcowizną
72099;24;F;internet;183,195,878,880,2089,2448,2473,2491,2108,1924,1528;Stara Praga i Szmulowizna z Michałowem
72104;45;M;internet;783,254,1528,2089,2473,2345,256,195,2471,596,2448,2491;Nowa Praga z Pelcowizną
72125;77;F;internet;268;Nowa Praga z Pelcowizną
72139;30;F;internet;268;Stara Praga i Szmulowizna z Michałowem
72182;50;F;internet;1865,2089,178,256,2471,254;Stara Praga i Szmulowizna z Michałowem
72300;29;F;internet;1223,2471,2448,2218,1528;Nowa Praga z Pelcowizną
72367;33;M;internet;140,195,2473,565,178,2491,183,921,2448,878,2218,2485;Nowa Praga z Pelcowizną
72445;41;F;internet;2473;Stara Praga i Szmulowizna z Michałowem
72727;5;M;internet;783,1528,1924,195,2089,178,2491,183,1942,1741,2448,2471,2218,2485;Stara Praga i Szmulowizna z Michałowem
72739;50;M;internet;195,2089,178,2491,183,1741,2448,2218,2485;Stara Praga i Szmulowizna z Michałowem
72751;36;M;internet;1528,2448,2471,2218;Nowa Praga z Pelcowizną
72838;24;M;internet;268;Nowa Praga z Pelcowizną
72882;38;F;internet;783,1924,2473,1578,2491,1528,596,880,195,1865,1741,2485,2448,1286,2218,178;Stara Praga i Szmulowizna z Michałowem
72883;38;F;internet;183,2491,2448,195,1286,2345,878,1072,565,2089,2473;Nowa Praga z Pelcowizną
72895;27;F;internet;2471,183,2345,2473,783;Nowa Praga z Pelcowizną
72903;22;M;internet;195,2089,1286,2491,1741,2345,2448,878,1924,596,1528;Stara Praga i Szmulowizna z Michałowem
72969;5;F;internet;783,140,195,2345,183,2491;Nowa Praga z Pelcowizną
73068;37;F;internet;2089,195,1528,878,783,254,1924,140,2345,1741,2448,2471,2485,178;Stara Praga i Szmulowizna z Michałowem
73097;0;F;internet;783,140,195,2345,2491,183,2471,1578,565,2473,254;Nowa Praga z Pelcowizną
73255;28;F;internet;2345,183,2471,2491,1865,140,783,2485,1286,2089,1924,1528;Nowa Praga z Pelcowizną
73375;35;M;internet;1223,178,1741,2448,2218,1528;Nowa Praga z Pelcowizną
73376;44;M;internet;195,2448,2485,2218,1741,183,1924,2089,1865,878,2491,1528,178,2473;Stara Praga i Szmulowizna z Michałowem
73392;28;F;internet;2485,183,878,2089,1528,195,2471,1741,2491,1924,2345,178,2448,1286,2218,783;Stara Praga i Szmulowizna z Michałowem
73484;40;F;internet;1924;Nowa Praga z Pelcowizną
73500;37;M;internet;268;Stara Praga i Szmulowizna z Michałowem
73548;28;M;internet;268;Nowa Praga z Pelcowizną
73581;46;F;internet;1528,1924,195,2473,2345,256,2491,183,2471;Nowa Praga z Pelcowizną
73622;38;M;internet;783,256;Nowa Praga z Pelcowizną
73642;31;F;internet;1924;Nowa Praga z Pelcowizną
73863;28;M;internet;1924,140,195,178,2491,183,2448,1286,2485,2471,1741,2218,2089,1528;Stara Praga i Szmulowizna z Michałowem
73883;35;F;internet;1286,195,2089,2473,2491,183,878,256,178,2448,2471,2485;Stara Praga i Szmulowizna z Michałowem
73986;38;F;internet;2491,1741,2448,2218,2485,1072,178,183,254,1924,195,2473,2089,783,2345,1528;Stara Praga i Szmulowizna z Michałowem
74015;46;F;internet;1528,256,878,2491,183,1286,2471,195,2448,1171,2473,2218;Stara Praga i Szmulowizna z Michałowem
74124;25;M;internet;1924,878,2108,2485;Nowa Praga z Pelcowizną
74276;33;F;internet;2471,2491,256,1528,183,2108,880,2473,1578,1171,1924,2448,2218;Nowa Praga z Pelcowizną
74327;27;F;internet;421,1924,2108,2491,2345;Nowa Praga z Pelcowizną
74387;25;F;internet;183;Stara Praga i Szmulowizna z Michałowem
74406;65;F;internet;1924,178,2491,183,1741,2448,2485,195,1865,2218,880,2089;Stara Praga i Szmulowizna z Michałowem
74483;34;F;internet;2089,254,1924,195,1865,2345,2448,2471,2485;Nowa Praga z Pelcowizną
74854;38;M;internet;254,1528,195,2089,878,183,2471,140,565,1578,2448,2473;Stara Praga i Szmulowizna z Michałowem
74921;30;F;internet;1223,2448,178,2485,2218,783;Nowa Praga z Pelcowizną
75005;22;F;internet;140;Nowa Praga z Pelcowizną
75006;47;M;internet;2108,2345,421,2089,195,2485,178,2473,2218;Nowa Praga z Pelcowizną
75096;22;M;internet;1865,2471,2448,254;Nowa Praga z Pelcowizną
75169;36;F;internet;268;Nowa Praga z Pelcowizną
75242;34;F;internet;1924;Nowa Praga z Pelcowizną
75287;35;F;internet;2448;Nowa Praga z Pelcowizną
75337;35;F;internet;2471,921,1528,783,183,178,140,2448,195,2345;Nowa Praga z Pelcowizną
75347;66;M;paper;195,1865,565,1741,2448;Nowa Praga z Pelcowizną
75518;23;F;internet;1741;Stara Praga i Szmulowizna z Michałowem
75552;22;F;internet;183,1942,1072;Nowa Praga z Pelcowizną
75557;30;M;internet;183,2491,1528,195,2345,878,2108,1171,2448;Nowa Praga z Pelcowizną
75607;38;M;internet;1528,2448,2471,2218;Nowa Praga z Pelcowizną
75670;54;M;internet;2473,1924,195,878,2491,1741;Stara Praga i Szmulowizna z Michałowem
75682;32;M;internet;783,2089,1865,2491,2108;Stara Praga i Szmulowizna z Michałowem
75820;25;M;internet;195,2108,421,254,178;None
75835;43;F;internet;1924;Nowa Praga z Pelcowizną
75848;24;M;internet;2089,254,256,1286,421,2491,2448,1528,2218,178;Nowa Praga z Pelcowizną
75969;44;M;internet;2491,1286;Nowa Praga z Pelcowizną
75972;33;F;internet;783,1924,140,195,1865,565,178,2491,1741,2448,2471,2218,2485;Stara Praga i Szmulowizna z Michałowem
76012;38;F;internet;256;Nowa Praga z Pelcowizną
76040;33;F;internet;195,1924,2471,2448,183,2491,2089,256,1528,2473,2345;Stara Praga i Szmulowizna z Michałowem
76151;56;F;internet;254,1924,2491;None
76168;24;F;internet;1223,2485,2448,1741,2218;Nowa Praga z Pelcowizną
76371;61;M;internet;256;Stara Praga i Szmulowizna z Michałowem
76434;31;M;internet;183,2485,2218,2471,2448,1741,2491,178,1528,2089;Stara Praga i Szmulowizna z Michałowem
76462;29;F;internet;2089;Nowa Praga z Pelcowizną
76468;40;M;internet;268;Stara Praga i Szmulowizna z Michałowem
76616;33;M;internet;2491,2471;Stara Praga i Szmulowizna z Michałowem
76644;34;F;internet;2471,783,1924,1865,2491,183;Nowa Praga z Pelcowizną
76658;26;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
76767;34;F;internet;2471,1924,1865,140,2345,2089,2491,183,2448,1286,565;Nowa Praga z Pelcowizną
76835;36;F;internet;783,1924,1865,183,2448,2108,2471,195,178,1528;Stara Praga i Szmulowizna z Michałowem
76896;42;F;internet;1924,2089;Nowa Praga z Pelcowizną
76915;49;M;internet;421;Stara Praga i Szmulowizna z Michałowem
76919;34;F;internet;195,2345,2491,183,421,2448;Stara Praga i Szmulowizna z Michałowem
76943;20;F;internet;1223,2491,2485;Stara Praga i Szmulowizna z Michałowem
76944;37;F;internet;1924,2448,183,1942,783;Stara Praga i Szmulowizna z Michałowem
76954;28;M;internet;195,2089,256,2448,878,1865;Nowa Praga z Pelcowizną
76999;25;M;internet;2471,1171,921,195,178,256,1865,1924;Nowa Praga z Pelcowizną
77002;29;F;internet;254,1528,195,2089,878,183,2471,178,1741,2485,2218,1924,1171,783,2473,2448;Stara Praga i Szmulowizna z Michałowem
77037;75;M;internet;1528,178,2471,2218;Nowa Praga z Pelcowizną
77056;30;F;internet;1924,2089,195,2491;Nowa Praga z Pelcowizną
77078;32;F;internet;2491,1741,2448,421,878,2473,1865,2471,1171,2485,783,178;Nowa Praga z Pelcowizną
77101;75;M;internet;880,2448,2471,2485;Nowa Praga z Pelcowizną
77134;39;F;internet;1528,2448,2471,2218;None
77156;75;F;internet;1528,2089,178,1741,2218,2471,2485;Nowa Praga z Pelcowizną
77226;74;M;internet;1528,2089,178,1741,2448,2471,2218,2485;Nowa Praga z Pelcowizną
77241;5;M;internet;783,254,1528,565,2218,2448,2473,1865,1286,1741,2491,878,256;Stara Praga i Szmulowizna z Michałowem
77259;40;F;internet;1924,195,2345,2491,421,2471,178;Nowa Praga z Pelcowizną
77261;74;M;internet;1528,2089,178,2448,2471,2218,2485;Nowa Praga z Pelcowizną
77281;22;F;internet;2491,183,1924,921,2471,1741,1171;Nowa Praga z Pelcowizną
77351;74;F;internet;2089,1578,178,1741,2471,2218;Nowa Praga z Pelcowizną
77369;27;F;internet;421,1171;Stara Praga i Szmulowizna z Michałowem
77411;32;F;internet;2491;Nowa Praga z Pelcowizną
77443;27;F;internet;1223,2491,2448;Stara Praga i Szmulowizna z Michałowem
77607;0;F;internet;921,195,2448,1286,2485,1072;Nowa Praga z Pelcowizną
77705;37;M;internet;2471,1286,2108,878,2345,1865,2473,195,1741,2089,565,2491,1528,2218;Nowa Praga z Pelcowizną
77715;26;M;internet;2089,2448,2345,1741,2471,2485,140,1924,183,1072;Stara Praga i Szmulowizna z Michałowem
77791;29;M;internet;1924,195,2345,183,1741,2471,1171,1072,2485,2218,2491,2089,2448,1286,178,1528;Nowa Praga z Pelcowizną
77828;86;F;internet;1528,1924,2089,256,178,2448,2485;Nowa Praga z Pelcowizną
77960;33;M;internet;783,1924,2089,2491,1942,2448,2471,2345,1865,254,1528,2473,1286,565;Nowa Praga z Pelcowizną
78002;32;F;internet;183,2345,1865,1924,254,783;Nowa Praga z Pelcowizną
78056;34;F;internet;183;Nowa Praga z Pelcowizną
78073;43;F;internet;268;Nowa Praga z Pelcowizną
78209;33;F;internet;1223,2089,178,2448,2485;Nowa Praga z Pelcowizną
78212;25;F;internet;2089,195,1741,183,178,2108,2471,2485,1171,783,254,1528,2491,2448,1286,2218;Nowa Praga z Pelcowizną
78215;25;F;internet;1223,2448,2491,178;Nowa Praga z Pelcowizną
78227;20;M;internet;783,183,1286,2448,195,2491,140,2485,2471,2108,1528,178,2218;Nowa Praga z Pelcowizną
78293;32;F;internet;140,783,1924,565,1942,1072;Stara Praga i Szmulowizna z Michałowem
78402;16;F;internet;140,565;Stara Praga i Szmulowizna z Michałowem
78407;23;F;internet;1171,2108,2089,195,878,1865,2345,2471,178,2448,1286,2473,1528,2491,1741;Stara Praga i Szmulowizna z Michałowem
78428;41;F;internet;268;Stara Praga i Szmulowizna z Michałowem
78431;27;F;internet;140,2471,2448,183,2491,1865,195,2089,1286,1741,2473;Stara Praga i Szmulowizna z Michałowem
78441;5;F;internet;195,2473,2485,2471,2448,1741,2491,183,1528,1942,1286,178,2345,2218,783,2089,1578;Stara Praga i Szmulowizna z Michałowem
78529;37;M;internet;1924,2345,596,183,2473,195;Nowa Praga z Pelcowizną
78621;38;F;internet;1528;Stara Praga i Szmulowizna z Michałowem
78644;27;M;internet;2485;Stara Praga i Szmulowizna z Michałowem
78662;0;F;internet;2485,2218,2471,1286,2448,596,2491,183,2473,195,1528,1865,1741,178;Stara Praga i Szmulowizna z Michałowem
78675;19;M;internet;2471,2473,195,783,1924,2089,1865,2491,1942,2448,1286,178,2218;Nowa Praga z Pelcowizną
78709;27;F;internet;2471,1865,2491,183,1741,2448,421,1528,2089;None
78837;18;F;internet;254,195,2089,878,183;Stara Praga i Szmulowizna z Michałowem
78928;40;F;internet;1528,878,183,195,2491,1865,1741,178;Nowa Praga z Pelcowizną
78954;45;M;internet;1924,2089,2345,1865,1072,2485,2448,1741,195,2473,2108;Nowa Praga z Pelcowizną
78969;43;M;internet;2491,183,1942,1528,596;Stara Praga i Szmulowizna z Michałowem
79043;39;M;internet;254,1924,195,2089,2108,2473,565,1578,183,2491,2485,1528;None
79044;28;F;internet;783;None
79067;53;M;internet;1528,195,878,2491,183,2448,1924,178,2108,1741,2485,2218;Nowa Praga z Pelcowizną
79073;29;F;internet;1924,2345,2491,2448,1171,1528,183,2108,2485,783,1286,2471,2089,178,1741,1072,2218;Nowa Praga z Pelcowizną
79111;30;F;internet;1924,2473,2448,2485,1171;Stara Praga i Szmulowizna z Michałowem
79426;34;F;internet;1924,195,2473,2485;Stara Praga i Szmulowizna z Michałowem
79513;61;F;internet;1741,2448,2485;Stara Praga i Szmulowizna z Michałowem
79607;37;M;internet;195,2089,2473,2491,1741,2485,254,1924,140,2345,1578,178,2448,2471,1171,880,1528,2218;Nowa Praga z Pelcowizną
79637;47;F;internet;1924,195,2345,183,2448,1286,1171,2218,2473,565;Nowa Praga z Pelcowizną
79787;20;F;internet;256,921;Stara Praga i Szmulowizna z Michałowem
80113;42;M;internet;195,2473,596,183,2491,878,2089,783,880,921;Stara Praga i Szmulowizna z Michałowem
80118;50;M;internet;783;Stara Praga i Szmulowizna z Michałowem
80184;36;F;internet;783;Stara Praga i Szmulowizna z Michałowem
80253;13;M;internet;268;Stara Praga i Szmulowizna z Michałowem
80310;47;F;internet;195,2345,1741,1286,2485,2471,1865,2448,1942,783,880,1528,2491,2473;Stara Praga i Szmulowizna z Michałowem
80331;41;M;internet;1924,195,2473,1865,878,2491,183,2448,1286;Nowa Praga z Pelcowizną
80442;36;M;internet;565;Nowa Praga z Pelcowizną
80786;25;F;internet;880,195,1578,256,2471,1171,921,254,2491,2448,1286,2089,783,2473,1528,178,2218;Stara Praga i Szmulowizna z Michałowem
80793;35;M;internet;1072;Stara Praga i Szmulowizna z Michałowem
80852;47;M;internet;2485,2448,1286,2218,2471,1171;Stara Praga i Szmulowizna z Michałowem
80896;37;M;internet;195,1286,2471,2448,1528,2345,1741,183,2485,2218,2473,1865,2089,565,2491,178;Stara Praga i Szmulowizna z Michałowem
80954;74;M;internet;1528,2089,2345,1741,2448,2471,2218,2485;Nowa Praga z Pelcowizną
80985;76;M;internet;195,1865,2345,178,1741,2448,1286,2218,2485;Stara Praga i Szmulowizna z Michałowem
81046;73;F;internet;880,2089,2345,178,2471,2218,2485,1171,2448;Nowa Praga z Pelcowizną
81127;72;M;internet;1528,195,2089,1865,178,2448,2471,2485;Nowa Praga z Pelcowizną
81182;60;F;internet;2485,1072,1741;Nowa Praga z Pelcowizną
81190;72;F;internet;195,2089,1865,2345,2448,2471,1286,2485,2218,1741,178;Nowa Praga z Pelcowizną
81222;34;F;internet;596,183,195,2345,1942,2448,2491;Nowa Praga z Pelcowizną
81257;43;F;internet;1924,183,421,1741,2448,2471,2485;None
81265;72;M;internet;195,1865,178,2491,183,1741,2448,1286,2471,2218,2485;Nowa Praga z Pelcowizną
81319;31;M;internet;195;Stara Praga i Szmulowizna z Michałowem
81351;72;M;internet;1528,195,2491,183,1741,2448,2471,2218;Nowa Praga z Pelcowizną
81408;72;M;internet;195,2345,178,183,1741,2448,2471,2218,2485;Nowa Praga z Pelcowizną
81427;29;M;internet;140,2473,565,1286,2485,1072,2471,2089,178,1942,783,254,1578,2345,2218;Nowa Praga z Pelcowizną
81508;72;M;internet;254,1528,195,2089,2471;Nowa Praga z Pelcowizną
81568;39;M;internet;254,1528,178,2491,2108,2448,2471,2485,1865,1286,183,2345;Stara Praga i Szmulowizna z Michałowem
81585;25;M;internet;2471,256,178,1741,2448,2485,1171;Nowa Praga z Pelcowizną
81587;71;M;internet;1528,195,2089,2345,178,2448,1286,2471,2218;Nowa Praga z Pelcowizną
81675;71;F;internet;195,2345,1741,2448,1286,2471,2218;Nowa Praga z Pelcowizną
81755;71;M;internet;1528,254,195,2448,2471,2218,2485;Nowa Praga z Pelcowizną
81784;27;F;internet;1528,178,2448,2218,2485,1223,2089;Nowa Praga z Pelcowizną
81833;71;F;internet;1865,2473,178,2471,2218;Nowa Praga z Pelcowizną
81840;27;M;internet;1528,254,421,2471,1286,2448,2491,183,2089,2473,2485;Stara Praga i Szmulowizna z Michałowem
81850;18;F;internet;195,2491,2448,2471,1286,880,1528;Nowa Praga z Pelcowizną
81921;71;M;internet;1528,195,2089,1741,2448,1286,2471,2218;Nowa Praga z Pelcowizną
82131;15;M;internet;421,1528,195,2108,2345,2089,2485,2473,2448;Nowa Praga z Pelcowizną
82171;28;F;internet;2089,254,140,195,2473,2345,565,256,2491,2471,2448,1528,178,2218;Stara Praga i Szmulowizna z Michałowem
82207;24;M;internet;195,183,2108,2491,2448,1924,1865;Nowa Praga z Pelcowizną
82212;28;F;internet;2089;Nowa Praga z Pelcowizną
82297;48;M;internet;2089,1865;Nowa Praga z Pelcowizną
82341;33;F;internet;2471;Nowa Praga z Pelcowizną
82358;42;F;internet;268;None
82362;36;F;internet;2473,596,1924,878,2491,2471,2485,1942,565;Nowa Praga z Pelcowizną
82386;40;F;internet;2485,1865,178,2448,1286,1528,2218,195,1741,2345;Stara Praga i Szmulowizna z Michałowem
82417;24;F;internet;1528,195,2345,2448,2485,2108,1741,2218,2491,183,178,2089,878,254;Nowa Praga z Pelcowizną
82426;28;F;internet;2473,565,183,140,783,254,1741,2485,2471,2218,1171,2448,596,1528,880,2089,1578,178;Nowa Praga z Pelcowizną
82437;61;M;internet;2473,1924,195,1865,1942,2108;Nowa Praga z Pelcowizną
82496;36;F;internet;1528,921,2471,2448,2218,2485,195,1865,2345,1286;Stara Praga i Szmulowizna z Michałowem
82533;34;F;internet;421,2448,921,140,2485,1286,2089,178,1741,1528;Nowa Praga z Pelcowizną
82691;42;M;internet;268;None
82727;34;F;internet;2345,1865,1578,2491,183,2448,921;None
82733;20;F;internet;1865,195,2345,1741,2448,1286,783,2485,1942,880,1528,178,2471;Stara Praga i Szmulowizna z Michałowem
82790;13;M;internet;1924,254,565,1741,596,2471,1286,2448,880,140,2089,2473,2491,1578,1528,178,2485;Nowa Praga z Pelcowizną
82882;26;F;internet;195;Nowa Praga z Pelcowizną
82930;36;M;internet;1865,178,2448,1286,2485,2473;Nowa Praga z Pelcowizną
82971;29;F;internet;880,1528,2448,1286,2471,421,1924,254,2345,178;Stara Praga i Szmulowizna z Michałowem
82978;29;F;internet;178,1741,921,2448,2218,2485,1528,195,880,1865,1286,783,254,2089,2345,1171,2471,2491,1578;Nowa Praga z Pelcowizną
83019;58;F;internet;1924,880,140,195,2089,2345,178,2491,183,2485,1741,2448,2218,1578,1528;Nowa Praga z Pelcowizną
83020;47;F;internet;254,1528,1924,195,2089,878,183,2471;Nowa Praga z Pelcowizną
83152;62;M;internet;921,2471,421,2345,183;Nowa Praga z Pelcowizną
83165;54;F;internet;256,1942;Nowa Praga z Pelcowizną
83170;10;F;internet;1528,1924,195,2089,1865,183,2491;Nowa Praga z Pelcowizną
83181;62;F;internet;2448,2471,2485,2491,178,195,2345,183,1924,1741,596,783,2473;Stara Praga i Szmulowizna z Michałowem
83196;31;F;internet;421,2471,596,183,2448,178,565,2089;Stara Praga i Szmulowizna z Michałowem
83206;62;F;internet;1528,2345,256,878,178,1741,2448,2218,2485,2471;Nowa Praga z Pelcowizną
83250;36;M;internet;2473,565,1942,1578;Stara Praga i Szmulowizna z Michałowem
83253;21;F;internet;1924,2471;Nowa Praga z Pelcowizną
83282;30;F;internet;878,2491,2448,1741,1286,256,178,2471,2218,2485,195,1865,783,1528;Stara Praga i Szmulowizna z Michałowem
83368;58;F;internet;195,2089,1865,183,2491,2471;Nowa Praga z Pelcowizną
83402;55;M;internet;254,2089;Nowa Praga z Pelcowizną
83435;40;M;internet;254,195,2089,2491,1924,2345,2448,1286,878,2471,178,1865,1528,2218;Stara Praga i Szmulowizna z Michałowem
83445;68;F;internet;268;Nowa Praga z Pelcowizną
83479;57;M;internet;1528,195,2345,183,2491,1286,2471;Nowa Praga z Pelcowizną
83494;15;F;internet;195,1865,2345,178,1741,2448,1286,2485,783,880,2491,2471,1528,1942,2218,2473,1578;Stara Praga i Szmulowizna z Michałowem
83496;23;F;internet;1924,256,2471,421,2448,1741,178;Stara Praga i Szmulowizna z Michałowem
83539;47;M;internet;183,2108,2448,195,1528;Stara Praga i Szmulowizna z Michałowem
83545;35;M;internet;783;Nowa Praga z Pelcowizną
83549;27;M;internet;183,2345,2471,2448,1528,880,195,2473,878,1578,1741,2491,1924,178,2218,1171,2485;Nowa Praga z Pelcowizną
83562;37;M;internet;254,1528,195,2089,878,183,2471;Stara Praga i Szmulowizna z Michałowem
83593;55;M;internet;1924,2448,2089,1865,1942,880,1286,2108,254,1528;Stara Praga i Szmulowizna z Michałowem
83702;59;F;internet;1223,2448,1528,2491,2218;Stara Praga i Szmulowizna z Michałowem
83716;75;F;internet;1528,1924,2473,178,2448,2471,2485,1286,1942,254,183,2218;Stara Praga i Szmulowizna z Michałowem
83729;43;F;internet;783,2485,2473,1942,1741,2448,1286,2471,195,2108,1924;Stara Praga i Szmulowizna z Michałowem
83763;65;M;internet;1286,2448,1741,2491,178,2485,878,1865,2089,2473,254,1578,1924,1528,880,2471,565,2345,1171,783;Nowa Praga z Pelcowizną
83885;20;F;internet;2089,2448,2485,1286,1942,195,783,140,1072,2491,178,1528;Stara Praga i Szmulowizna z Michałowem
83910;57;F;internet;178,2485,2345,2471,1286,195,1865,183,140,2448,2089;Stara Praga i Szmulowizna z Michałowem
83917;31;M;internet;1924,2345,2491,183,2448,421,783,1528,178,2218;Nowa Praga z Pelcowizną
83922;5;M;internet;254,1528,2089,878,183,2471,2491,565,2473,195,1865,178,1741;Stara Praga i Szmulowizna z Michałowem
83955;23;F;internet;178,1741,2448,880,783,195,1286,2485,2345,1865,1528,596,2218,878,2473;Stara Praga i Szmulowizna z Michałowem
83999;37;F;internet;254,1528,1924,195,2089,1865,2345,878,178,2491,2218,2471,1286,2448;Stara Praga i Szmulowizna z Michałowem
84010;31;F;internet;2473,2491,596,195,140,1924,178,878,2448,2485,1528,2218;Stara Praga i Szmulowizna z Michałowem
84027;35;M;internet;183,195,421,2471,2448;Stara Praga i Szmulowizna z Michałowem
84111;25;M;internet;783,921,1528,195,2089,2448,1286,1865,2345,178,2491,183,1741,2485,1578,2218;Stara Praga i Szmulowizna z Michałowem
84158;74;M;internet;1528,1924,2473,1865,178,2448,1286,2471,2218,2485,1072,183,2345;Stara Praga i Szmulowizna z Michałowem
84179;6;F;internet;254,1528,1924,195,2089,1865,2345,878,178,2491,2448,1286,2471,2218;Stara Praga i Szmulowizna z Michałowem
84269;36;F;internet;1528,195,2089,1865,2345,2491,183,2448,1286,2471,1924,783,2473;Stara Praga i Szmulowizna z Michałowem
84352;4;F;internet;254,1528,1924,195,2089,1865,2345,878,2491,178,2448,1286,2471,2218;Stara Praga i Szmulowizna z Michałowem
84357;33;M;internet;783;Stara Praga i Szmulowizna z Michałowem
84479;41;F;internet;421,183,256,2473,2448,2485;Nowa Praga z Pelcowizną
84491;8;F;internet;1528,1924,195,2473,1865,1578,2491,183,2448,1286,2471,783,2089,1171;Stara Praga i Szmulowizna z Michałowem
84507;34;F;internet;596,2491,1924,880,2089,1865,878,178,2448,1286,1171,783,2473,565,1578,2471,2218;Stara Praga i Szmulowizna z Michałowem
84549;40;F;internet;1924;Nowa Praga z Pelcowizną
84653;60;F;internet;254,880,140,183,1578,2345,1942,2448,2485,1286,2089,2473;Stara Praga i Szmulowizna z Michałowem
84664;25;F;internet;1286,1924,2471,783,254,1528,2089,2345,183,2108,1741,2448,2485,2473,565,1578,178,2218;Stara Praga i Szmulowizna z Michałowem
84694;68;F;internet;1528,195,2089,2473,1865,2345,1578,2491,183,1942,2448;Stara Praga i Szmulowizna z Michałowem
84787;46;F;internet;268;Stara Praga i Szmulowizna z Michałowem
84885;30;M;internet;178,2491,2448,2471,2218,2485,254,1528,878,1286,2345,1865,195;Stara Praga i Szmulowizna z Michałowem
84901;33;M;internet;140,195,2473,1865,1942,2471,1171,2089,565,1578,2448,1528;Stara Praga i Szmulowizna z Michałowem
84927;35;F;internet;565,2473,140,195,421,2471;Nowa Praga z Pelcowizną
84948;32;M;internet;2108;Nowa Praga z Pelcowizną
85077;28;M;internet;1578,1286,2485,2448,921,2345,2473,254,880,140,195,2089,565,1528,783,1741,178,2218;Nowa Praga z Pelcowizną
85160;33;F;internet;2491;Nowa Praga z Pelcowizną
85169;33;M;internet;2491,2471,2473,2218,783;Stara Praga i Szmulowizna z Michałowem
85174;30;F;internet;1223;Nowa Praga z Pelcowizną
85213;40;F;internet;1924,2089,195,1942,1171,1528,2473,878,2491,1286,2471;Nowa Praga z Pelcowizną
85226;33;F;internet;1924,1865,2491,2485,1072,1286,2448,183,178,2345,1741,2471,2089,2218,783,1528,880;Stara Praga i Szmulowizna z Michałowem
85302;33;M;internet;254,195,2108,421,1528,178;None
85591;32;F;internet;2089,2491,183,1924,421,2448,2485,2218,2471,1741;Stara Praga i Szmulowizna z Michałowem
85626;33;F;internet;195,140,2473,2491,183,2485,2218,1924,2345,1741,2448,2471;Stara Praga i Szmulowizna z Michałowem
85693;36;M;internet;183,1924,421,2448,2471,2089,2345,1578;Nowa Praga z Pelcowizną
85711;54;M;internet;268;Stara Praga i Szmulowizna z Michałowem
85729;35;F;internet;195,2491,2448,2485,1741,178,1865,1924,1286,2473,878,921;Stara Praga i Szmulowizna z Michałowem
85730;25;M;internet;2089,140,195,2108,2218,2485,2448,1741,183,2491,178,880,2345;Stara Praga i Szmulowizna z Michałowem
85810;60;M;internet;178;Stara Praga i Szmulowizna z Michałowem
85925;12;M;internet;421,2089,1924,183,2491,1741,2218,2485,178,1528,2448,2473;Stara Praga i Szmulowizna z Michałowem
85950;51;F;internet;183;Nowa Praga z Pelcowizną
86008;63;F;internet;268;Stara Praga i Szmulowizna z Michałowem
86012;58;M;internet;2448,195,2345,2491,1741,183,1865,1286,2471,2485,878,2218,178,1171,1528;Stara Praga i Szmulowizna z Michałowem
86060;64;F;internet;183,2491,1924,2218,2471,2485,2089,178,1741,2448,1865,1528,880,195,2345,2473;Stara Praga i Szmulowizna z Michałowem
86069;37;F;internet;1924,565,1578,2491,1942,2473,183,2448;Nowa Praga z Pelcowizną
86136;57;F;internet;268;Stara Praga i Szmulowizna z Michałowem
86184;40;F;internet;1924,178,2491,183,596,1171;Nowa Praga z Pelcowizną
86279;27;F;internet;195,878,2491;Nowa Praga z Pelcowizną
86301;26;F;internet;268;Nowa Praga z Pelcowizną
86314;29;M;internet;195,565,2491,1072,421,2345,2471,2448,178,2218;Nowa Praga z Pelcowizną
86400;28;M;internet;783;Stara Praga i Szmulowizna z Michałowem
86451;38;M;internet;195,1865,2491,183,2089,2448,1286,2485,2471,1741,178,140,1528,2218;Stara Praga i Szmulowizna z Michałowem
86453;33;F;internet;195,1865,2345,178,1286,2485,2448;Stara Praga i Szmulowizna z Michałowem
86455;72;M;internet;783,2089,1924,565,2345,178,1741,2448,1286,2485;Stara Praga i Szmulowizna z Michałowem
86477;39;F;internet;1924,195,1865,2345,1578,2491,2448,2471,2473,2218,1171,2485,178,183,1741,1528;Nowa Praga z Pelcowizną
86748;60;F;internet;183,2491;Stara Praga i Szmulowizna z Michałowem
86767;39;M;internet;1924,195,2473,2108,878,2345,183;Nowa Praga z Pelcowizną
86769;30;F;internet;2485,2448,178,256,140,783,565,1072,2089,2491,2471,596;Stara Praga i Szmulowizna z Michałowem
86808;27;F;internet;195;Nowa Praga z Pelcowizną
86846;5;M;internet;254,1528,195,2089,183,2471,2218,2448;Nowa Praga z Pelcowizną
86862;47;M;internet;2448,195,1286,421,878,1741,1528,565,178,2485;Nowa Praga z Pelcowizną
86874;35;F;internet;1528,1865,1741,2448,2471,2485,1171,2218,921,2108,183,2491;Nowa Praga z Pelcowizną
86879;37;M;internet;783;Stara Praga i Szmulowizna z Michałowem
86945;27;F;internet;1072,2485,254,2345,2448,183,2089,1286,195,878,783,1741;Stara Praga i Szmulowizna z Michałowem
86955;29;F;internet;140,2473,1942,783,1924,565;Nowa Praga z Pelcowizną
87010;25;M;internet;195,1865,2485,2448,183,178,1741,2218,2471,1286,2345,2089,1924;Stara Praga i Szmulowizna z Michałowem
87016;28;M;internet;1924;Stara Praga i Szmulowizna z Michałowem
87046;22;M;internet;1865,183,2448;Nowa Praga z Pelcowizną
87059;60;F;internet;1924;Nowa Praga z Pelcowizną
87069;4;F;internet;783,183,1942,2448;Stara Praga i Szmulowizna z Michałowem
87075;39;F;internet;1286,2485,183,1741,2448;Stara Praga i Szmulowizna z Michałowem
87089;30;F;internet;1924,2089,195,178,2448,1741,596;Stara Praga i Szmulowizna z Michałowem
87124;6;F;internet;783,183,1942,2448,1924;Stara Praga i Szmulowizna z Michałowem
87215;42;M;internet;1286,2485,2218,2491,2473;None
87296;43;F;internet;183;Nowa Praga z Pelcowizną
87327;71;F;internet;195,2089,1741,2448,2471,2218,2485;Nowa Praga z Pelcowizną
87350;38;F;internet;565,2485;Nowa Praga z Pelcowizną
87387;71;F;internet;1528,254,1865,2471,2218;Nowa Praga z Pelcowizną
87403;45;M;internet;565,2485;Nowa Praga z Pelcowizną
87427;26;F;internet;2089;Stara Praga i Szmulowizna z Michałowem
87432;70;M;internet;1528,195,178,183,1741,2448,2471,2218,2485;Nowa Praga z Pelcowizną
87457;70;F;internet;1924,195,178,183,2448,2471,2218;Nowa Praga z Pelcowizną
87461;41;M;internet;2345,2473,195,2491,2471,1528,256,878,183,2089,1741;Nowa Praga z Pelcowizną
87464;26;F;internet;2491,2108;Nowa Praga z Pelcowizną
87486;40;F;internet;195,1865,178,2448,1741,1286,2471,2485,2218,183,2491,1924,1528,2345;Nowa Praga z Pelcowizną
87490;70;F;internet;2448,1286,2471,2218,2485,2491;Nowa Praga z Pelcowizną
87533;70;M;internet;254,1528,178,2089,2471,2448;Nowa Praga z Pelcowizną
87596;27;F;internet;2089;Stara Praga i Szmulowizna z Michałowem
87616;31;M;internet;1223,2485,1171,178,1528;None
87673;70;F;internet;1924,195,178,2471;Nowa Praga z Pelcowizną
87682;38;M;internet;1528,195,2089,878,183,2471,254,2473,2345,921,783,880,565,2448;Stara Praga i Szmulowizna z Michałowem
87758;48;F;internet;1072;Stara Praga i Szmulowizna z Michałowem
87809;34;M;internet;2089,178,1741,2448,2218,2485,2491,596,2471,1924,195,2345,254,1528,2473,565,1286;Stara Praga i Szmulowizna z Michałowem
87834;30;M;internet;195,1865,2345,178,2448,1286,2485;Stara Praga i Szmulowizna z Michałowem
87849;32;M;internet;140,1924,2473,565,195,2089,2491,1865;Stara Praga i Szmulowizna z Michałowem
87862;25;M;internet;783,921;Stara Praga i Szmulowizna z Michałowem
87879;31;M;internet;2473,1865,178,2491,183,1942,2485,1741,565,596,2448,2218,2089;Nowa Praga z Pelcowizną
87915;24;F;internet;921,1171,2218,2485,2491,1528,1578,183,421,2448,565,2089;Stara Praga i Szmulowizna z Michałowem
87921;34;F;internet;1286,2485,878,183,2471,2448,1924;Stara Praga i Szmulowizna z Michałowem
87926;69;F;internet;1924,178,183,2471,2448,1741;Nowa Praga z Pelcowizną
87987;39;M;internet;254,1528,1924,2089,878,2471,1286,2448,880,195,565,2345,178,2491,1741,2473,1171,1578,2218;Nowa Praga z Pelcowizną
87997;32;F;internet;783,1924,2471,2108,2448,2089,195,565,183;Stara Praga i Szmulowizna z Michałowem
88078;69;M;internet;254,1528,1741,2448,2471,2218;Nowa Praga z Pelcowizną
88085;53;M;internet;1072;Stara Praga i Szmulowizna z Michałowem
88148;26;M;internet;2471;Nowa Praga z Pelcowizną
88161;69;M;internet;1528,254,1741,2448,1286,2471,2218;Nowa Praga z Pelcowizną
88200;32;F;internet;2108,421,783,1924;Stara Praga i Szmulowizna z Michałowem
88208;38;M;internet;1924,2089,1865,178,2491,183,1741,2218,2471,2485,1072,195,2448;Nowa Praga z Pelcowizną
88214;26;F;internet;2485,2218,2448,2089,195,183;Stara Praga i Szmulowizna z Michałowem
88285;69;F;internet;254,1528,183,2448,2471,2218,2485;Nowa Praga z Pelcowizną
88332;59;M;internet;2491;Nowa Praga z Pelcowizną
88341;66;F;internet;254,195,2089,878,2471,183,256,2491,2218,2448,1528;Stara Praga i Szmulowizna z Michałowem
88369;28;F;internet;1924,195;Stara Praga i Szmulowizna z Michałowem
88383;65;M;paper;2089;Stara Praga i Szmulowizna z Michałowem
88402;38;M;internet;421,2108,1924,783;Stara Praga i Szmulowizna z Michałowem
88414;69;M;internet;254,1528,178,2448,2471;Nowa Praga z Pelcowizną
88432;41;M;internet;178,2485,1741,2448,1286,2218,1865,195,2345,2471,2089,2473,2491,183,254;Stara Praga i Szmulowizna z Michałowem
88487;32;F;internet;421,1286,2448,878,1865,2473,783,880,2485;Stara Praga i Szmulowizna z Michałowem
88497;69;M;internet;254,195,178,1741,2448,2471,2218;Nowa Praga z Pelcowizną
88513;80;F;internet;254,195,2089,1865,2491,183,2448,2485,2471,2108,2473;Stara Praga i Szmulowizna z Michałowem
88517;76;M;paper;2089;Stara Praga i Szmulowizna z Michałowem
88547;34;F;internet;880,1924,1865,2491,921,2448,1286,2471;Nowa Praga z Pelcowizną
88582;69;M;internet;254,195,2448,2471,2218,2485;Nowa Praga z Pelcowizną
88651;41;M;internet;256;None
88657;22;F;internet;565,2485;Nowa Praga z Pelcowizną
88680;69;F;internet;1528,195,2448,2471,2218,2485;Nowa Praga z Pelcowizną
88695;29;F;internet;878,2491,2448,2471,2345,195,1865,178,1171,921,1286,1741,2485,2089,1528,783,2218,2473;Nowa Praga z Pelcowizną
88701;30;F;internet;880,195,1865,183,2345,2485,2089,2491,2471,1741,1286,2448,1072,178,2218;Nowa Praga z Pelcowizną
88759;69;M;internet;254,1528,195,2471,2448,2218,2485;Nowa Praga z Pelcowizną
88765;33;F;internet;268;Stara Praga i Szmulowizna z Michałowem
88789;37;M;internet;565,2485;Nowa Praga z Pelcowizną
88803;29;M;internet;183,2491,1924,195,2089,178,2218,2485,254,140;Stara Praga i Szmulowizna z Michałowem
88838;69;F;internet;1528,195,2471;Nowa Praga z Pelcowizną
88905;69;M;internet;1528,2448,2471,2218,2485;Nowa Praga z Pelcowizną
88927;31;F;internet;1924,183,2089,140,2471,596;Stara Praga i Szmulowizna z Michałowem
88944;19;F;internet;2345;Nowa Praga z Pelcowizną
88967;69;M;internet;1528,2448,2218,2471,2485;Nowa Praga z Pelcowizną
88998;59;F;internet;783,1528,1865,178,183,1741,1072,1924,878,2471;Nowa Praga z Pelcowizną
89001;38;M;internet;140;Nowa Praga z Pelcowizną
89024;34;F;internet;1528,880,2473,2345,1578,256,878,2491,183,2448,2471,2485,1741,565,783,178,2089;Stara Praga i Szmulowizna z Michałowem
89034;69;F;internet;1528,195,1741,178,1286,2471,2448,2218,2485;Nowa Praga z Pelcowizną
89112;68;M;internet;254,1528,195,2473,2471,2218;Nowa Praga z Pelcowizną
89163;34;F;internet;268;Nowa Praga z Pelcowizną
89194;68;M;internet;1528,2089,178,2448,2471,2218,2485;Nowa Praga z Pelcowizną
89211;24;F;internet;2471,1528,921,140,195,1924,2473,183;Nowa Praga z Pelcowizną
89252;68;F;internet;1528,195,2345,2471,2218,1286,2491;Nowa Praga z Pelcowizną
89311;41;F;internet;783,421;Stara Praga i Szmulowizna z Michałowem
89319;68;F;internet;1528,195,2089,2471;Nowa Praga z Pelcowizną
89378;68;M;internet;1528,195,2491,2448,2471,2218,2485;Nowa Praga z Pelcowizną
89381;62;F;internet;268;Stara Praga i Szmulowizna z Michałowem
89408;28;F;internet;783,1924,2108,195,1741,256,2485,178,2471,1528,2448,2491,2089,2218;Nowa Praga z Pelcowizną
89489;68;F;internet;1528,178,2448,2471;Nowa Praga z Pelcowizną
89504;59;F;internet;783,140,195,878,178,2491,1741,2448,2471,2218,2485;Stara Praga i Szmulowizna z Michałowem
89506;23;M;internet;2345;Nowa Praga z Pelcowizną
89514;32;M;internet;195,878,2448,565,2491,1741,1286,2471,1924,1865,2345,178,2089,2485,1528;Nowa Praga z Pelcowizną
89533;36;F;internet;2448,421,2108,2491,2345,1924,783,1528,2089,178;Nowa Praga z Pelcowizną
89559;68;M;internet;1528,2471,2448,1741;Nowa Praga z Pelcowizną
89596;43;F;internet;254,1865,178,183,2448,2471,2218,2485;Nowa Praga z Pelcowizną
89615;32;F;internet;2491,183;Nowa Praga z Pelcowizną
89625;68;F;internet;1528,195;Nowa Praga z Pelcowizną
89630;36;F;internet;2473;Stara Praga i Szmulowizna z Michałowem
89641;33;F;internet;2471;Stara Praga i Szmulowizna z Michałowem
89665;27;M;internet;1223,1741,2448,2089;None
89686;20;F;internet;268;Stara Praga i Szmulowizna z Michałowem
89714;27;F;internet;195,2471,2485,2448,178,183,1741,1171,1286,1924,140,2089,2473,1528,2218;Stara Praga i Szmulowizna z Michałowem
89811;35;M;internet;254,140,1924,565,195,2345,2473,1578,2491,1286,2471,2485,1171,178,2218;Stara Praga i Szmulowizna z Michałowem
89821;68;M;internet;1528,2448,2471;Nowa Praga z Pelcowizną
89877;29;M;internet;2471,2491,565,254,140,2089,1072,1528,183,2108,1741,2473;Nowa Praga z Pelcowizną
89882;32;F;internet;2485,2448,1741,183,2491,178,1578,140,1924,783,2473,565,2108,2089,2218,1171;Nowa Praga z Pelcowizną
89952;35;M;internet;1924,254,2089,2491,2448,2485,1286,2471,2218,596;Nowa Praga z Pelcowizną
90030;12;M;internet;2448,1528,2089,2491,596,1171,1924,2485,2218,1741,178,2108,2473,2471,1072,254,783;Nowa Praga z Pelcowizną
90035;47;F;internet;2485,1924,195,878,183,178,921,2471;Nowa Praga z Pelcowizną
90055;37;M;internet;2485,2448,1741,178,1578,195,2345,565,2089,2473,1286,1865,140,921;Stara Praga i Szmulowizna z Michałowem
90065;47;F;internet;1072;None
90127;34;M;internet;1924,1865,2089,2491,2448,2471,2485,195,2473,178,1942,1528,880,1741,2218;Stara Praga i Szmulowizna z Michałowem
90153;44;M;internet;2485;None
90185;19;M;internet;1528,1171,2485,2218,2471,2448,2345,783,1924,195,2089,2473,2491,178,1942,1741,1286,880;Nowa Praga z Pelcowizną
90189;33;F;internet;783,421,596,565,1924,2491,2473,2089,1528;Stara Praga i Szmulowizna z Michałowem
90246;31;M;internet;1528,2448,2471,2218;None
90290;56;F;internet;1286,878,183,596,565,195,2491;Stara Praga i Szmulowizna z Michałowem
90421;29;M;internet;256,421,1741,178,783,880,1578,2491,2448,2471,2218,2485,1171;Nowa Praga z Pelcowizną
90489;68;F;internet;1528,2448,2471,2485;Nowa Praga z Pelcowizną
90549;68;M;internet;1528,195,2471;Nowa Praga z Pelcowizną
90614;39;M;internet;140,195,2089,1865,2345,2448,1286,2471,2485,1528,880,2473,565,178,2491,1741,2218,1578,1171;Nowa Praga z Pelcowizną
90624;68;M;internet;1528,195,2345,2448,2471,2218,2485;Nowa Praga z Pelcowizną
90684;68;F;internet;1528,195,2089,1741,2471,2218;Nowa Praga z Pelcowizną
90689;35;M;internet;268;Nowa Praga z Pelcowizną
90712;27;M;internet;2473,421,2471,2448,921,596,2491,178,565,783,2218;Stara Praga i Szmulowizna z Michałowem
90714;42;M;internet;2485,1741,880,195,2089,1865,183,2108,921,2448,2218,178,1528;Nowa Praga z Pelcowizną
90738;42;F;internet;880,195,2089,1865,2108,1741,2448,2218,2485,2491,183,178,1528,2345,2471;Nowa Praga z Pelcowizną
90769;67;M;internet;1528,195,2471,1171;Nowa Praga z Pelcowizną
90778;27;F;internet;783,1924,140,195,2089,1865,878,1286,1528,2448,178;Stara Praga i Szmulowizna z Michałowem
90793;6;F;internet;1924,2473,565;Stara Praga i Szmulowizna z Michałowem
90805;47;F;internet;2345,2471,2485,2218,183,878,178;Nowa Praga z Pelcowizną
90860;67;M;internet;1528,195,2218,2471,2485;Nowa Praga z Pelcowizną
90987;25;M;internet;1528,2448,2471,2218;Stara Praga i Szmulowizna z Michałowem
91028;67;F;internet;1528,2471,2491,178;Nowa Praga z Pelcowizną
91069;40;F;internet;2089,1942,421,2218,2471,2448,2473,1924;Stara Praga i Szmulowizna z Michałowem
91076;56;M;internet;1528,880,195,2473,1865,178,2491,183,1741,1286,2471,2218,2485,1171,2089,921,2448;Stara Praga i Szmulowizna z Michałowem
91084;22;M;internet;268;Stara Praga i Szmulowizna z Michałowem
91134;10;F;internet;195,1865,2345,178,2491,2108,1741,2448,2218,2485,1528,783,1942;Nowa Praga z Pelcowizną
91164;24;M;internet;183,2485,195,2345,1171,2491,2471;Nowa Praga z Pelcowizną
91175;67;F;internet;1528,195,1741,2471,2448,2218;Nowa Praga z Pelcowizną
91192;31;F;internet;178,256,2485,1528,2089,596,421;Nowa Praga z Pelcowizną
91197;55;F;paper;254,1528,195,2089,1865,2345,2491,183,1741,1286,2471;None
91225;38;M;internet;195,1924,2089,1865,2471;Stara Praga i Szmulowizna z Michałowem
91231;67;M;internet;1528,195,2471,2218;Nowa Praga z Pelcowizną
91271;41;F;internet;421,1741,2218,2448,195,254,878,2089,2485;Nowa Praga z Pelcowizną
91286;67;M;internet;1528,195,2471,2448,2218,2485;Nowa Praga z Pelcowizną
91349;67;F;internet;1528,195,2089,254,2471,2448;Nowa Praga z Pelcowizną
91392;67;F;internet;1528,254,195,2448,2471,2218,2485;Nowa Praga z Pelcowizną
91406;34;F;internet;783,140,596,2471,1924,1072,178,2108,2089,2473;Stara Praga i Szmulowizna z Michałowem
91435;34;F;internet;195,1924,1286,2471,254,2089,1865,183,1171,2448,2485;Stara Praga i Szmulowizna z Michałowem
91449;67;M;internet;1528,195,2089,2471,2485;Nowa Praga z Pelcowizną
91455;45;M;internet;2485;Nowa Praga z Pelcowizną
91499;67;M;internet;1528,195,2218,2471,2448,2485;Nowa Praga z Pelcowizną
91549;67;F;internet;1528,195,2089,178,183,1741,2448,2471,2218,1286;Nowa Praga z Pelcowizną
91564;1;F;internet;783,1528,1924,140,195,2089,1865,878,2491,2448,2471;Nowa Praga z Pelcowizną
91606;66;M;internet;1528,1865,1741,2471,2218;Nowa Praga z Pelcowizną
91653;35;F;internet;421,2448,195,783,1924,2089;Nowa Praga z Pelcowizną
91673;66;M;internet;1528,178,1741,2448,2471,2218,2485;Nowa Praga z Pelcowizną
91719;66;F;internet;1528,1865,2448,2471;Nowa Praga z Pelcowizną
91741;27;F;internet;178,195,878,2448,2491,2485,2471,2089,1924,880,2473,1865,1741,1286,2218,2345,1528;Stara Praga i Szmulowizna z Michałowem
91748;35;F;internet;268;Nowa Praga z Pelcowizną
91782;66;F;internet;1528,2089,2345,2448,2471,1286,2218;Nowa Praga z Pelcowizną
91831;66;M;internet;1528,195,2345,178,2471,2218,2485;Nowa Praga z Pelcowizną
91858;46;M;internet;254,1924,1865,921,2448,1942,2345,1171,2471,2491,178,2218,1528;Nowa Praga z Pelcowizną
91881;66;M;internet;1528,195,2089,2448,2471,2218,1171;Nowa Praga z Pelcowizną
91894;33;F;internet;183,2345,2473;Stara Praga i Szmulowizna z Michałowem
91911;27;F;internet;1924,140,195,2473,2345,183,2448,1286,2471,2491;Nowa Praga z Pelcowizną
91919;46;M;internet;2448;Stara Praga i Szmulowizna z Michałowem
91936;66;M;internet;1528,880,2345,2448,2471;Nowa Praga z Pelcowizną
91989;66;F;internet;254,1528,596,2448,1286,2471,2218;Nowa Praga z Pelcowizną
92000;34;F;internet;783,2089,2345,1578,2491,195,140,2473,565,596,2471,1528,178,2448;Nowa Praga z Pelcowizną
92025;65;M;internet;1528,2491,183,1741,2448,2471,2218;Nowa Praga z Pelcowizną
92080;65;M;internet;1528,195,178,1741,2218,2471,2485;Nowa Praga z Pelcowizną
92098;51;M;internet;1072;Nowa Praga z Pelcowizną
92132;32;M;internet;268;Stara Praga i Szmulowizna z Michałowem
92157;65;F;internet;254,1528,2448,1741,2471,2218;Nowa Praga z Pelcowizną
92182;22;M;internet;1924,195,2089,2345,183,2108,2471,1171;Stara Praga i Szmulowizna z Michałowem
92189;64;F;paper;880,1865,178,1942,1741,921,2448,2218,2485;Nowa Praga z Pelcowizną
92244;28;M;internet;2089,183,195,254,1924,256;Nowa Praga z Pelcowizną
92334;65;M;internet;1528,183,2448,1286,2471,2218;Nowa Praga z Pelcowizną
92379;65;M;internet;1528,880,178,1741,2448,2471;Nowa Praga z Pelcowizną
92418;65;F;internet;1528,178,2491,2485,2218,2471;Nowa Praga z Pelcowizną
92484;29;F;internet;878,140,1924,2345,2471,183,2108,2448,178;Nowa Praga z Pelcowizną
92498;34;M;internet;2345,183,2471,1171,2448,254,1924,880,195,2473,2089,178,2491,2485,1528,565,1578,2218;Nowa Praga z Pelcowizną
92532;65;M;internet;1528,2448,596,2471;Nowa Praga z Pelcowizną
92546;28;F;internet;183,1171,2471,2108;Nowa Praga z Pelcowizną
92593;65;F;internet;1528,254,195,2448,1286,2471,2218;Nowa Praga z Pelcowizną
92625;25;F;internet;2089,2108,2471,195,254,1924,183;Nowa Praga z Pelcowizną
92640;65;F;internet;1528,880,1578,2448,1286,2471;Nowa Praga z Pelcowizną
92689;64;F;internet;1528,2491,2448,2471;Nowa Praga z Pelcowizną
92746;64;M;internet;254,1528,195,2089,2448,2471,2218;Nowa Praga z Pelcowizną
92778;24;F;internet;2485,183,2448,195,140,254,1528,178,2491,596,2089;Stara Praga i Szmulowizna z Michałowem
92796;52;M;internet;2485,2089,880,178,1741,2471,1924,2473,2345,2218,1171;Stara Praga i Szmulowizna z Michałowem
92814;76;M;internet;1528,195,2089,2218,2471;Nowa Praga z Pelcowizną
92866;76;M;internet;254,1528,596,2471;Nowa Praga z Pelcowizną
92873;54;F;internet;2345;Nowa Praga z Pelcowizną
93008;24;F;internet;2218,2485,1286,1741,178,1865;Nowa Praga z Pelcowizną
93030;34;F;internet;1924,195,1865,2345,178,183,921,2448,2491,2485,2218,1528;Nowa Praga z Pelcowizną
93046;29;M;internet;195,2491,2448,421,2471,1924,2473,2485,178;Nowa Praga z Pelcowizną
93211;48;F;internet;1286,2485,178,1741,195,2491,2218,2448,1865,1924,2345,1072;None
93298;40;F;internet;2345,1924,2491,195,183,1741,254,1528,2089;Nowa Praga z Pelcowizną
93395;30;M;internet;256,2471,2345,2089,2473,2491,2108,254,1924,1528,178,1741,2448,1286,2218;Nowa Praga z Pelcowizną
93431;24;M;internet;1171,2345,2473,140,1924,1528,880,596,921,2448,878,2089;Nowa Praga z Pelcowizną
93449;41;F;internet;783,1924,195,2473,2345,565,1865,878,2491,1072,2089,1578;Nowa Praga z Pelcowizną
93563;44;F;internet;268;Nowa Praga z Pelcowizną
93596;30;F;internet;878,195,2089,2471,1924,1865,256,2473;Stara Praga i Szmulowizna z Michałowem
93605;28;F;internet;178,1865,195,421,2448,1171,2471,1741,2089,2485;Stara Praga i Szmulowizna z Michałowem
93695;34;F;internet;140,1072,596,183,1578,2473;Nowa Praga z Pelcowizną
93752;31;F;internet;2089,2473,2345,1286,2485,2491,2448,1741,565,1865,2471,1578,1942,2218,140,178;Nowa Praga z Pelcowizną
93769;26;F;internet;195,1865,183,2345,878,178,2471,2089,2448,1286;Stara Praga i Szmulowizna z Michałowem
93779;30;M;internet;1924,195,2473,1865,1286,2108,2491,2089,254,880;Nowa Praga z Pelcowizną
93936;46;M;paper;421;Stara Praga i Szmulowizna z Michałowem
93978;17;F;internet;421;None
94003;34;F;internet;1924,2491,2448,2471,195,2345,183,256,178,1741;Nowa Praga z Pelcowizną
94033;1;M;internet;195,140,2345,878,2491,183,1286,2485,2448,1741,2473,2089,2218;Stara Praga i Szmulowizna z Michałowem
94048;42;F;internet;195,1924,1865,254,921,878,1528,1741,2471,2448,2089,178,2218;Stara Praga i Szmulowizna z Michałowem
94150;29;F;internet;195,2345,878,178,2491,2448,2485,921,183;Nowa Praga z Pelcowizną
94190;47;F;internet;2485;None
94255;36;M;internet;254,1924,140,195,2089,2345,2491,183,2448,2218,178;Stara Praga i Szmulowizna z Michałowem
94305;28;M;internet;783,254,1924,880,140,195,2473,1865,178,2471,2491,2218;Stara Praga i Szmulowizna z Michałowem
94323;36;F;paper;783,1924,195,2089,2473,1865,178,2491,1741,921,2448,2471,2485,1171,1072;Nowa Praga z Pelcowizną
94350;70;F;internet;195,2345,178,2491,183,1741,2485,2448;Nowa Praga z Pelcowizną
94389;34;M;internet;254,1924,880,195,2473,565,2345,2491,878,2448,921,1171,783,2089,178,2218;Nowa Praga z Pelcowizną
94403;33;M;internet;268;Nowa Praga z Pelcowizną
94404;21;F;internet;140,195,2089,2491,183,2108,2345,1741,2218,1528,2485,2448,178,1171;Stara Praga i Szmulowizna z Michałowem
94436;58;F;internet;195,2473,2491,2448,2485;Nowa Praga z Pelcowizną
94452;31;M;internet;2345,2491,140,2089,565,1865,178,1741,1942,2448,1286,2471,2218,2485,2473,1578;Nowa Praga z Pelcowizną
94482;31;M;internet;421,921;Stara Praga i Szmulowizna z Michałowem
94676;36;F;internet;2485,2471,880,140,1865,1578,178,1741,2218,254,1528,1924,783,2089,2473,565,2491,2448,2345;Stara Praga i Szmulowizna z Michałowem
94680;11;M;internet;254,1528,1924,195,1865,878,1741,2448,2471,2218,921,2089,178;Stara Praga i Szmulowizna z Michałowem
94740;29;F;internet;183,2491,2473;Stara Praga i Szmulowizna z Michałowem
94756;32;M;internet;268;Nowa Praga z Pelcowizną
94782;33;M;internet;1924,2485,878,1286,2218,2471,2345,195;Nowa Praga z Pelcowizną
94899;52;M;internet;1223;Stara Praga i Szmulowizna z Michałowem
94926;25;F;internet;921,880,140,1924,195,2089,565,183,2448;Stara Praga i Szmulowizna z Michałowem
94949;35;F;internet;878;Stara Praga i Szmulowizna z Michałowem
95156;22;M;internet;2471;Nowa Praga z Pelcowizną
95157;29;F;internet;2491,1942,1741,1286,2448,1924,183,2485,1072,2218,2471,178,2473,2089;Nowa Praga z Pelcowizną
95187;53;F;internet;178,1741,2218;Stara Praga i Szmulowizna z Michałowem
95246;39;F;internet;783,1924,2473,178,183,596,2448,1286,2471,1072;Nowa Praga z Pelcowizną
95254;37;F;internet;183,2448,1286,1924,195,1741,2108,2485,2218;Stara Praga i Szmulowizna z Michałowem
95268;35;F;internet;1528,1924,2089,2473,178,2491,183,1741,2448,2218,421,2485;Stara Praga i Szmulowizna z Michałowem
95275;38;F;internet;2485,421,1942,2108,178,1741,1528,2448;Nowa Praga z Pelcowizną
95299;48;F;internet;1286;None
95377;42;F;internet;2345,1924,880,256,178,2491;Nowa Praga z Pelcowizną
95445;38;M;internet;254,1924,195,2089,2473,878,2448,1286,2485;Stara Praga i Szmulowizna z Michałowem
95500;45;F;internet;783,1528,1223;Stara Praga i Szmulowizna z Michałowem
95523;28;M;internet;256;Nowa Praga z Pelcowizną
95529;32;F;internet;2473;Stara Praga i Szmulowizna z Michałowem
95600;35;M;internet;1578,421,2485,2471,1741,195,880,2491,2089,565,2473,2345,2218;Nowa Praga z Pelcowizną
95606;22;F;internet;421,2471,1924,256,783,2485;Nowa Praga z Pelcowizną
95663;42;F;internet;1286;Stara Praga i Szmulowizna z Michałowem
95690;38;M;internet;1924,2448,1286,421,1865,2473,1528,2471,783,2089;Stara Praga i Szmulowizna z Michałowem
95736;37;M;internet;1578,2471,1924,921,1286,421,2218,2448,2491,880;Stara Praga i Szmulowizna z Michałowem
95746;36;F;internet;2089,2345,2448,2485,254,195,1286,178,1741;Stara Praga i Szmulowizna z Michałowem
95764;28;M;internet;2089,183,596;Stara Praga i Szmulowizna z Michałowem
95895;50;M;internet;195,2089,1865,256,178,2491,183,1286,2218,2485,2448,2473;Nowa Praga z Pelcowizną
95932;23;F;internet;268;Stara Praga i Szmulowizna z Michałowem
95954;47;F;internet;421,783,1924,1741,2485;Nowa Praga z Pelcowizną
96037;31;M;internet;2089,2491,183,2448,1286,254;Nowa Praga z Pelcowizną
96039;29;F;internet;195,2473,2485,421,1286,2448,2491,1528,783,1741,2471,2218,178,2089,880;Stara Praga i Szmulowizna z Michałowem
96158;32;M;internet;596,421,1924,2473,565,2471;Nowa Praga z Pelcowizną
96204;24;M;internet;1223,2089;Stara Praga i Szmulowizna z Michałowem
96233;9;F;internet;1286,2485,2448,1865,2218,1741;Stara Praga i Szmulowizna z Michałowem
96279;29;M;internet;1072,2471,183,2491,140,195,2345,2448,1286,2485;Stara Praga i Szmulowizna z Michałowem
96295;20;M;internet;2485;None
96353;41;F;internet;783,1924,2473;Stara Praga i Szmulowizna z Michałowem
96411;32;F;internet;1924,140,565,2089,2473,2491,421,1528,178,2448,2218;Nowa Praga z Pelcowizną
96483;29;M;internet;2345,140,195,565,2471,1072,1924,1578,878,2448,2485;Stara Praga i Szmulowizna z Michałowem
96509;38;F;internet;1924,140,1865,256,2471,1072;Nowa Praga z Pelcowizną
96714;36;F;internet;178,1741,2448;Nowa Praga z Pelcowizną
96801;36;M;internet;2485,1924,195,2089,1865,2491,183,2108,2448,178,2218;Stara Praga i Szmulowizna z Michałowem
96811;27;F;internet;1528;None
96837;26;F;internet;256,2448,2485,195,2491,1171,2471,1286,1072,1528,880,2345,921,2218;Stara Praga i Szmulowizna z Michałowem
96885;63;F;internet;1286;Stara Praga i Szmulowizna z Michałowem
96958;46;M;internet;2471,2448,596,1528,178,183,1942,2485,1741;Stara Praga i Szmulowizna z Michałowem
97144;44;F;internet;195,183;Stara Praga i Szmulowizna z Michałowem
97191;32;F;internet;2345,878,183,2448,1942,1741,2218,1286,178,195,2089,2485,1528;Nowa Praga z Pelcowizną
97199;33;F;internet;2485;Stara Praga i Szmulowizna z Michałowem
97232;39;F;internet;1286,783;Stara Praga i Szmulowizna z Michałowem
97298;69;M;internet;256;None
97307;29;M;internet;1924,195,1741,1171,1072,2218,140,880,1528,783,254,1578,2089,2473,178,2485,2448;Nowa Praga z Pelcowizną
97348;69;F;internet;1924,878,2471,178,2491,254,783,195,2089,140,1741,2473,2485;Stara Praga i Szmulowizna z Michałowem
97424;27;F;internet;2485,183,421,1741,878,254;Nowa Praga z Pelcowizną
97461;27;F;internet;1924,2491,183,1741,2218,2485;Nowa Praga z Pelcowizną
97477;33;F;internet;254,1528,1924,195,2089,878,178,2491,183,2448,1286,2471,2218,2485;Stara Praga i Szmulowizna z Michałowem
97561;28;F;internet;2471,878,195,254,2089,183,2218,2485,1924,2491,178,2448,1528;Stara Praga i Szmulowizna z Michałowem
97579;33;F;internet;596;Nowa Praga z Pelcowizną
97699;23;F;internet;1528,2448,2471,2218;Nowa Praga z Pelcowizną
97758;63;F;internet;254,195,1072,1865,256,878,2448,2218;Stara Praga i Szmulowizna z Michałowem
97816;32;M;internet;183,2108,195,1924,254,2448,783,2491,2471,2089,178,2485,2218;Nowa Praga z Pelcowizną
97822;34;F;internet;2448,2485,1223,1741,2218;Stara Praga i Szmulowizna z Michałowem
97896;53;F;internet;1072,783,1528,195,2089,2345,178,2491,1942,1741,2448,1286,2485,254,2473,2471;Nowa Praga z Pelcowizną
98020;43;M;internet;1223,2471,2448,178,2218;Nowa Praga z Pelcowizną
98046;62;M;internet;1924,2089,2473,878,183,2471,2448,921,596,565,2491,178,2485;Nowa Praga z Pelcowizną
98170;53;M;internet;1072,2448,178,183,1942,1741,2471,2485,254,2345;Nowa Praga z Pelcowizną
98310;48;M;internet;1924;Nowa Praga z Pelcowizną
98402;94;M;internet;1528,254,195,2089,878,183,1741,2471,2485,2108,2345;Nowa Praga z Pelcowizną
98428;88;M;internet;2345,1865,2491,2471,2089;Stara Praga i Szmulowizna z Michałowem
98480;27;F;internet;268;Nowa Praga z Pelcowizną
98568;36;M;internet;1528,1924,2089,2473,878,183,195;Stara Praga i Szmulowizna z Michałowem
98602;40;M;internet;783,1528,2473,878,421,2471,1942,2089,2448,178,2218;Nowa Praga z Pelcowizną
98651;44;F;internet;1223,2491,2448,178;Nowa Praga z Pelcowizną
98746;39;M;internet;1924,2485,783,1528,1865,178,1741,195,565,878,2448,183,2218;Stara Praga i Szmulowizna z Michałowem
98782;45;F;internet;1865,178,2491,183;Stara Praga i Szmulowizna z Michałowem
98873;31;F;internet;783,2345,2471,2448,140,1924,2473,1942,596,1171;Nowa Praga z Pelcowizną
98923;38;F;internet;183;Stara Praga i Szmulowizna z Michałowem
98962;34;F;internet;783,1528,1924,2345,183,421,2485,2491,2218;Nowa Praga z Pelcowizną
99057;38;F;internet;1924;Stara Praga i Szmulowizna z Michałowem
99147;86;M;internet;254,1528,195,2089,878,183,2108,1286,2471,2448;Nowa Praga z Pelcowizną
99165;32;F;internet;2089,195,1865,1578,878,178,921,1741,2448,2485,140,2345,2218;Stara Praga i Szmulowizna z Michałowem
99195;29;F;internet;195,1865,183,2491,178,1741,2448,2218,2485,140,254,2089,1528;Stara Praga i Szmulowizna z Michałowem
99237;29;M;internet;2108,2471,1286,2448,2089,254,178,183,256;Nowa Praga z Pelcowizną
99244;83;M;internet;1528,195,878,183,2471,2485;Nowa Praga z Pelcowizną
99369;79;F;internet;254,1528,195,2089,878,183,2108,1286,2471;Nowa Praga z Pelcowizną
99443;73;F;internet;254,1528,195,2089,878,183,2108,1741,1286,2471,2448,2485;Nowa Praga z Pelcowizną
99447;39;F;internet;254,1528,1924,195,2089,1865,256,2485,2448,1741,178,2218,1171;Stara Praga i Szmulowizna z Michałowem
99471;45;M;internet;1924,2473,421,195,254,2089,2218;Stara Praga i Szmulowizna z Michałowem
99547;68;F;internet;254,1528,195,2089,878,183,1286,2471;Nowa Praga z Pelcowizną
99576;20;M;internet;2471,2448,2485,2491,2473,178;Stara Praga i Szmulowizna z Michałowem
99590;31;F;internet;140;Nowa Praga z Pelcowizną
99607;30;F;internet;140,2089,1865,2491,183,1942,2448,1286,2471;None
99663;68;F;internet;1528,254,195,2089,878,183,1286,2471,2485;Nowa Praga z Pelcowizną
99680;75;F;internet;254,1528,195,2089,1865,878,183,1741,2471,2485,2448,178,2345,1578,2218;Nowa Praga z Pelcowizną
99739;34;M;internet;1924,195,2089,2473,2345,2491,1741,921,2448,2218,2485,1171,1072,2471,178,880,1528,783,565,1578;Nowa Praga z Pelcowizną
99772;68;F;internet;254,1528,195,2089,878,183,2471,1286;Nowa Praga z Pelcowizną
99801;9;M;internet;1528,195,2473,1865,256,178,2491,2108,1741,2448,1286;Stara Praga i Szmulowizna z Michałowem
99861;56;F;internet;268;Stara Praga i Szmulowizna z Michałowem
99883;29;F;internet;1924,195,2089,2473,2345,178,2491,183,2108,1741,2448,2471,2485;Nowa Praga z Pelcowizną
99935;67;F;internet;254,1528,195,2089,878,183,2448,1286,2471,178,2491,1865;Nowa Praga z Pelcowizną
99973;29;M;internet;1924;Nowa Praga z Pelcowizną
100060;66;F;internet;1528,254,195,878,183,2108,2448,1286,2471;Nowa Praga z Pelcowizną
100148;63;F;internet;254,1528,195,878,183,1286,2471,2448;Nowa Praga z Pelcowizną
100185;45;M;internet;195,1865,1924,2473,2345,2089,878,2491,178,2448;Stara Praga i Szmulowizna z Michałowem
100260;42;F;internet;1223,178,2485,2448;Nowa Praga z Pelcowizną
100271;40;M;internet;140,195,565,2345,2448,2471,2485,2473;Stara Praga i Szmulowizna z Michałowem
100288;62;F;internet;254,1528,1924,195,1865,878,183;Nowa Praga z Pelcowizną
100289;7;M;internet;254,1528,1924,880,195,2089,2473,878,178,183,2471,1741,2345;Nowa Praga z Pelcowizną
100344;31;F;internet;140,2089,878,254,195,2473,2345,178,1741,1072,2485,2218,1286,2448;Nowa Praga z Pelcowizną
100391;61;F;internet;1528,254,195,878,183,2471,1286,2448;Nowa Praga z Pelcowizną
100623;54;F;internet;1528,195,878,183,1286,2471;Nowa Praga z Pelcowizną
100696;29;F;internet;254,1528,195,2089,183,2448,2471,2218;Nowa Praga z Pelcowizną
100701;30;F;internet;421,195;Nowa Praga z Pelcowizną
100732;35;M;internet;1924,195,1286,1865,2473,565,256,880,2491,2448,2218,178;Stara Praga i Szmulowizna z Michałowem
100763;45;M;internet;254,1528,195,2089,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
100816;32;F;internet;1528,195,178,183,2448,2218,2471;Nowa Praga z Pelcowizną
100866;44;M;internet;1924,195,1286,2471,421,2448,2485,2218,2089;Stara Praga i Szmulowizna z Michałowem
100876;44;F;internet;254,1528,195,2089,878,183,2491,2448,1286,2471;Nowa Praga z Pelcowizną
100916;32;F;internet;254,1528,195,2089,183,2448,2218,2471;Nowa Praga z Pelcowizną
100970;28;M;internet;1171,2448,2471,2485,2089,2345,1924,1528,1741,2218,783,565,421;Nowa Praga z Pelcowizną
101027;32;M;internet;1528,195,183,2218,2448,2471,2485;Nowa Praga z Pelcowizną
101051;42;F;internet;254,1528,195,2089,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
101171;34;M;internet;1528,195,183,2448,2471,2218;Nowa Praga z Pelcowizną
101175;39;F;internet;254,1528,195,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
101200;37;F;internet;2345,178,878,2491,183,1741,2448,1286,2471,2218,2485;Nowa Praga z Pelcowizną
101221;10;F;internet;783,1924,1865,178,2491,596,1741,2448,2218,1528,195,2473,565,1286,2485;Nowa Praga z Pelcowizną
101233;30;F;internet;140,183,195;Nowa Praga z Pelcowizną
101288;38;F;internet;254,1528,1924,195,183,2448,1286,2471;Nowa Praga z Pelcowizną
101346;34;M;internet;254,1528,183,2448,2471,2218;Nowa Praga z Pelcowizną
101354;32;F;internet;2473,2491,421,195,2345,1865;Stara Praga i Szmulowizna z Michałowem
101398;47;F;internet;1528,1924,195,2089,878,178,2491,2448,1286,2485,2471,2108,254,2218;Stara Praga i Szmulowizna z Michałowem
101465;38;F;internet;1528,254,195,2089,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
101469;36;M;internet;1528,195,183,2448,2471,2218;Nowa Praga z Pelcowizną
101591;37;M;internet;254,1528,195,2089,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
101597;31;M;internet;2089,254,195;Stara Praga i Szmulowizna z Michałowem
101620;37;F;internet;1528,195,183,2471,2448;Nowa Praga z Pelcowizną
101630;32;F;internet;1528,195,2089,183,2471,878,254,1741,1924,2448,2485,178,2345;Nowa Praga z Pelcowizną
101743;37;F;internet;254,1528,195,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
101761;39;F;internet;1528,195,183,2448,2471,2218;Nowa Praga z Pelcowizną
101877;39;M;internet;254,1528,195,183,2471,2448,2218;Nowa Praga z Pelcowizną
101879;36;F;internet;254,1528,195,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
101934;77;F;internet;1286;None
101966;34;F;internet;1223,2485,2448,1741,2218;Stara Praga i Szmulowizna z Michałowem
102000;34;F;internet;254,1528,195,878,183,1286,2471,2448;Nowa Praga z Pelcowizną
102019;39;M;internet;1528,195,2089,183,2448,2471,2218;Nowa Praga z Pelcowizną
102050;1;M;internet;195,1924,565,256,178,2491;Nowa Praga z Pelcowizną
102075;26;F;internet;254,2345,878,2448;Nowa Praga z Pelcowizną
102109;34;M;internet;1528,195,2089,878,2491,183,2448,1286,2471;Nowa Praga z Pelcowizną
102130;11;M;internet;254,1528,878,178,2485,1286,2448,421,2089,2491,2471,2218,1741;Stara Praga i Szmulowizna z Michałowem
102136;33;M;internet;880,254,1865,2448,2089,195,140;Nowa Praga z Pelcowizną
102143;39;F;internet;1528,195,183,2448,2471,2218;Nowa Praga z Pelcowizną
102178;23;F;internet;183,195,878,880,2089,2448,2473,2491;Stara Praga i Szmulowizna z Michałowem
102246;34;F;internet;254,1528,2089,195,878,183,1286,2471,2448;Nowa Praga z Pelcowizną
102258;36;M;internet;2491,183,2448,2218,2485,1741,783,140,195,2473,1578,178,2108,2471;Nowa Praga z Pelcowizną
102270;41;M;internet;2448,195,254,878;Stara Praga i Szmulowizna z Michałowem
102274;40;M;internet;1528,195,183,1741,2448,2471,2218;Nowa Praga z Pelcowizną
102302;36;F;internet;2491,183,2448,2218,2485,1741,783,140,195,2473,1578,178,2108,2471;Nowa Praga z Pelcowizną
102379;34;M;internet;254,1528,195,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
102397;42;M;internet;1528,195,183,2471,2448,2218;Nowa Praga z Pelcowizną
102409;67;M;internet;254,1528,195,2089,2473,2485,2218,2471,2448,2491,140,878,1924,565,1578;Stara Praga i Szmulowizna z Michałowem
102493;47;M;internet;2448;Stara Praga i Szmulowizna z Michałowem
102503;33;M;internet;254,1528,195,2089,878,178,2491,183,1286,2448,2471;Nowa Praga z Pelcowizną
102512;42;F;internet;1528,195,1865,183,2448,2471,2218;Nowa Praga z Pelcowizną
102517;35;M;internet;254,195,2089,878,2485,1528,183,2471;Stara Praga i Szmulowizna z Michałowem
102613;43;M;internet;1528,195,183,2471,2218,2448;Nowa Praga z Pelcowizną
102623;25;M;internet;1865,878,2491,178,2485,2448,421,1072,1528,2218;Nowa Praga z Pelcowizną
102624;33;M;internet;1528,1924,195,2089,183,2448,1286,2471;Nowa Praga z Pelcowizną
102699;75;M;internet;1286;None
102700;23;M;internet;254,2471,1741,2485;Nowa Praga z Pelcowizną
102713;38;M;internet;421,2471,1924,195,2218,2491,1741,2448,2485,2089;Nowa Praga z Pelcowizną
102746;32;F;internet;254,1528,195,565,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
102749;35;F;internet;783,195,256,2485,2448,1942,1865,178,1741,2473,2218,1528;Stara Praga i Szmulowizna z Michałowem
102763;45;M;internet;2491;Nowa Praga z Pelcowizną
102790;39;F;internet;2471,254,195,2345,1286;Nowa Praga z Pelcowizną
102799;44;M;internet;1528,195,2345,183,2448,2471,2218;Nowa Praga z Pelcowizną
102918;30;F;internet;254,1528,195,2089,183,2491,2448,1286,2471;Nowa Praga z Pelcowizną
102942;49;F;internet;1528,195,183,2448,2471,2218,2485;Nowa Praga z Pelcowizną
102943;45;F;internet;1865,2448,2485,2345,1741,2108,1924,195,1286,2471;Nowa Praga z Pelcowizną
102965;2;F;internet;254,1528,195,2089,183,2471,878;Stara Praga i Szmulowizna z Michałowem
103010;46;F;internet;878,183,1528,2089,1924,195,2448,2491,1741,254,1286,2485,783;Nowa Praga z Pelcowizną
103026;30;M;internet;2089,178,2491,1741,2448,1286,2218,2485,596,2345,1865,195,783,880,565,1578,2471;Stara Praga i Szmulowizna z Michałowem
103041;83;M;internet;254,1528,195,2089,878,183,2448,1286,2471;Nowa Praga z Pelcowizną
103089;32;M;internet;2485,254,1865,2491,183,2448,2471,2089,878,1924,1528,1286,880,2473,2218;Nowa Praga z Pelcowizną
103105;29;F;internet;2485,1865,254,1924,195,2345,256,1741,2448;Nowa Praga z Pelcowizną
103113;35;F;internet;254,1528,195,2089,878,183,2471;Stara Praga i Szmulowizna z Michałowem
103114;52;F;internet;1528,195,2345,183,2448,2471,2218;Nowa Praga z Pelcowizną
103190;4;M;internet;195,880,2448,1286,2485,1741,1942,2345,1865,783,1528;Stara Praga i Szmulowizna z Michałowem
103232;82;M;internet;1528,254,195,878,178,183,2448,1286,2471;Nowa Praga z Pelcowizną
103246;57;M;internet;1528,195,183,2448,2471,2218,1741;Nowa Praga z Pelcowizną
103326;49;M;internet;2471,2485,921,1924,195,2089,1865,2345,178,2491,1741,2448,1171,2218,1286,783,1528;Stara Praga i Szmulowizna z Michałowem
103382;57;F;internet;178,783,1924,880,2473,1578,878,2491,183,1942,1741,2448,565,2089,1528,2218;Nowa Praga z Pelcowizną
103402;78;F;internet;254,1528,195,1924,878,183,2491,1741,2471,1286,2448;Nowa Praga z Pelcowizną
103411;30;F;internet;268;Nowa Praga z Pelcowizną
103450;61;M;internet;1528,195,183,2448,2471,2218,2485;Nowa Praga z Pelcowizną
103537;61;F;internet;1528,1865,878,178,2491,183,1942,1741,2448,2218,2485,921;Nowa Praga z Pelcowizną
103592;36;M;internet;878,2089,2448,1528,1924,195,1741,1286,2485,2345,178,254,1865;Stara Praga i Szmulowizna z Michałowem
103612;32;F;internet;1223,783,2089,2448,1528,2218;Nowa Praga z Pelcowizną
103640;62;F;internet;254,1528,195,2089,878,178,2491,183,2448,1286,2471;Nowa Praga z Pelcowizną
103711;22;M;internet;421,2473,1865,256;Nowa Praga z Pelcowizną
103728;10;F;internet;783,1528,880,195,1865,2345,878,1942,2448,1286,2485,1741,178;Stara Praga i Szmulowizna z Michałowem
103805;62;F;internet;195,1528,183,2448,2471,2218,2485;Nowa Praga z Pelcowizną
103840;22;M;internet;195,2089,2345,1286,2448,183,2491,878;Nowa Praga z Pelcowizną
103893;64;F;internet;254,1528,195,183,2448,2471,2218,1286;Nowa Praga z Pelcowizną
103939;44;M;internet;1223,2485,2471;Stara Praga i Szmulowizna z Michałowem
103958;33;F;internet;1924,195,878,421,1528;Stara Praga i Szmulowizna z Michałowem
104003;66;F;internet;254,1528,195,183,2448,2471,2218;Nowa Praga z Pelcowizną
104124;68;F;internet;254,1528,195,178,183,2448,2471,2218;Nowa Praga z Pelcowizną
104135;57;F;internet;2448,2345,1924,2471,183,1286,2089,256,878,2473,783,2485;Nowa Praga z Pelcowizną
104139;41;M;internet;2471,1924,2491,2485;Stara Praga i Szmulowizna z Michałowem
104176;32;F;internet;2448;Nowa Praga z Pelcowizną
104212;36;F;internet;2485,178,1741,2448,1286,1942,921,1924,2345;Stara Praga i Szmulowizna z Michałowem
104218;36;M;internet;1741,2089,1924,2485,2448,1528,880,878,178,1578,254,195,1865,2218,1171,2471,2491;Stara Praga i Szmulowizna z Michałowem
104281;69;F;internet;254,1528,195,2089,178,183,2448,1286,2471,2218;Nowa Praga z Pelcowizną
104399;28;F;internet;178;Nowa Praga z Pelcowizną
104404;70;F;internet;254,1528,2089,178,183,2448,1286,2471,2218;Nowa Praga z Pelcowizną
104601;70;F;internet;254,1528,195,178,183,2448,1286,2471,2218;Nowa Praga z Pelcowizną
104608;39;M;internet;421,1286,878,2471,1924,2089,2345;Nowa Praga z Pelcowizną
104701;52;F;internet;421;Nowa Praga z Pelcowizną
104707;72;F;internet;254,1528,195,178,183,2448,1286,2471,2218;Nowa Praga z Pelcowizną
104753;34;M;internet;178;Nowa Praga z Pelcowizną
104832;74;M;internet;254,1528,195,178,183,2448,1286,2471,2218;Nowa Praga z Pelcowizną
104856;42;M;internet;268;Stara Praga i Szmulowizna z Michałowem
104863;39;F;internet;1924,878,2448,421,2218,2491,2345,178,1528,2089,2471,1171,2485;Nowa Praga z Pelcowizną
104910;75;M;internet;254,1528,195,178,183,2448,1286,2471,2218;Nowa Praga z Pelcowizną
105004;75;M;internet;254,1528,195,178,183,1286,2471,2218,2448;Nowa Praga z Pelcowizną
105033;32;M;internet;195;Nowa Praga z Pelcowizną
105045;39;F;internet;1924,2089,2473,1865,421,1171,880,1528,1578,178,2491,2448;Nowa Praga z Pelcowizną
105126;38;M;internet;2345,2491,2485,2089,1865,878,2473,2448,1741,2108,1924,2471,1171,2218,1286,783,1528;Nowa Praga z Pelcowizną
105238;33;M;internet;1924,140,195,2089,878,183,2471,2491;Stara Praga i Szmulowizna z Michałowem
105265;41;F;internet;2491,183,421,2089,1578;Nowa Praga z Pelcowizną
105273;37;F;internet;1528,1924,2089,1865,2491,421,2485,178,1741,2448,1171,783,2218;Nowa Praga z Pelcowizną
105280;26;F;internet;1072;Nowa Praga z Pelcowizną
105296;30;M;internet;183,2491,178,1924,140,2485,878,1741,2448,2345,2089,254,1171;Nowa Praga z Pelcowizną
105302;42;F;internet;2491,183,1528;Nowa Praga z Pelcowizną
105310;23;F;internet;2089,2491,2471,1286;Nowa Praga z Pelcowizną
105378;28;F;internet;1171,921,1741,178,2345,1865,2485,2471,195,2089,2473,256,2448,2218;Nowa Praga z Pelcowizną
105500;27;F;internet;2089,1924,256,2448,2471;Nowa Praga z Pelcowizną
105567;62;F;internet;1286,2485,2218,195,2089,2448,1741,1865,178,2491,183,2471,2345,878;Stara Praga i Szmulowizna z Michałowem
105606;32;M;internet;783,1223,2485,2448,1528,2218;Nowa Praga z Pelcowizną
105626;52;F;internet;2485,2471,596,183,1528,880,178,2491,1286,2448;Stara Praga i Szmulowizna z Michałowem
105763;28;F;internet;2485,2448,178,1528,1865,2345,2218,195,2089,878,183;Nowa Praga z Pelcowizną
105872;44;M;internet;195,2491,183,421;Nowa Praga z Pelcowizną
105911;67;F;internet;1171,421,2491,2108,2089,1924,880,1578,178,1528,2448,2218;Nowa Praga z Pelcowizną
106019;33;M;internet;195,2491,183,1865,878,1286,2471;Stara Praga i Szmulowizna z Michałowem
106023;24;F;internet;268;Nowa Praga z Pelcowizną
106050;30;M;internet;195,256,878,178,1741,2485,1171;Nowa Praga z Pelcowizną
106082;29;M;internet;1072,2485,254,2345,2448,183,2089,1286,195,878,1741;Stara Praga i Szmulowizna z Michałowem
106448;8;M;paper;783,2473,565,256;Nowa Praga z Pelcowizną
106969;22;F;paper;2491,183;Nowa Praga z Pelcowizną
106983;75;F;paper;2491,2108,2448,2218,2485;Nowa Praga z Pelcowizną
106997;6;M;paper;195,2345,178,2491,183,1741,921,2448,2471,2485;Nowa Praga z Pelcowizną
