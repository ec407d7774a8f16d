// Word lists for realistic, multicultural demo and benchmark data. Names come in regional
// groups so that first and last names go together; `slug` is the ASCII form used in
// usernames and e-mail addresses (unique within each list, never containing `.` or `_`).

export interface NamePart {
  display: string;
  slug: string;
  /** The name in its own script, when the region writes it in another one. */
  native?: string;
}

export interface Region {
  code: string;
  countries: string[];
  cities: string[];
  languages: string[];
  timezone: string;
  /** Phone number prefix (country code + trunk digits) and the total national length. */
  phone: string;
  first: NamePart[];
  last: NamePart[];
  /** Native-script display names are written family name first. */
  familyFirst?: boolean;
}

function parts(list: string): NamePart[] {
  return list
    .trim()
    .split(/\s*;\s*/)
    .map((entry) => {
      const [display, native] = entry.split('|') as [string, string | undefined];
      const slug = display
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ø/g, 'o')
        .replace(/ß/g, 'ss')
        .replace(/ł/g, 'l')
        .replace(/ı/g, 'i')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      return native ? { display, slug, native } : { display, slug };
    });
}

export const REGIONS: Region[] = [
  {
    code: 'west-africa', countries: ['NG', 'GH', 'SN'], cities: ['Lagos', 'Abuja', 'Accra', 'Kumasi', 'Dakar', 'Ibadan'], languages: ['en', 'fr', 'yo'], timezone: 'Africa/Lagos', phone: '+23480',
    first: parts('Amara; Chinedu; Oluwaseun; Ngozi; Kwame; Abena; Kofi; Efua; Tunde; Adaeze; Emeka; Yaa; Ibrahima; Awa; Folake; Chiamaka; Yaw; Akosua; Babajide; Zainab; Kelechi; Adwoa; Moussa; Fatou; Obinna; Temitope; Nana; Esi; Uche; Aminata'),
    last: parts('Okafor; Adeyemi; Mensah; Boateng; Nwosu; Eze; Owusu; Asante; Diallo; Ndiaye; Balogun; Okoro; Agyeman; Appiah; Sow; Fall; Obi; Afolabi; Oyelaran; Danso; Bakare; Nnamdi; Ofori; Kone; Adebayo; Chukwu; Sarpong; Mbaye; Ogunleye; Ansah'),
  },
  {
    code: 'east-africa', countries: ['KE', 'ET', 'TZ', 'UG'], cities: ['Nairobi', 'Mombasa', 'Addis Ababa', 'Dar es Salaam', 'Kampala', 'Arusha'], languages: ['en', 'sw', 'am'], timezone: 'Africa/Nairobi', phone: '+2547',
    first: parts('Wanjiru; Kamau; Achieng; Otieno; Amani; Baraka; Neema; Jabari; Makena; Tendai; Selam; Dawit; Hana; Yonas; Zawadi; Imani; Njeri; Kiprop; Aisha; Juma; Saba; Bekele; Mercy; Brian; Faith; Mwangi; Liya; Abel; Winnie; Tumaini'),
    last: parts('Mwangi; Odhiambo; Kariuki; Njoroge; Wambui; Kiptoo; Ochieng; Mutua; Kimani; Tesfaye; Girma; Haile; Alemu; Mekonnen; Nyerere; Mushi; Okello; Kato; Nakato; Chebet; Rotich; Wanyama; Abebe; Tadesse; Mollel; Kiprono; Omondi; Wekesa; Lema; Ssempala'),
  },
  {
    code: 'south-asia', countries: ['IN', 'PK', 'BD', 'LK'], cities: ['Mumbai', 'Bengaluru', 'Delhi', 'Chennai', 'Kolkata', 'Lahore', 'Karachi', 'Dhaka', 'Colombo', 'Pune', 'Hyderabad'], languages: ['en', 'hi', 'ta', 'ur', 'bn'], timezone: 'Asia/Kolkata', phone: '+919',
    first: parts('Aarav|आरव; Priya|प्रिया; Rohan|रोहन; Ananya|अनन्या; Vikram|विक्रम; Kavya|काव्या; Arjun|अर्जुन; Meera|मीरा; Ishaan|ईशान; Diya|दिया; Sanjay|संजय; Lakshmi|लक्ष्मी; Rahul|राहुल; Neha|नेहा; Aditya|आदित्य; Pooja|पूजा; Farhan; Ayesha; Imran; Sana; Tahmid; Nusrat; Karthik; Divya; Harish; Shreya; Nikhil; Aditi; Zoya; Bilal'),
    last: parts('Sharma|शर्मा; Patel|पटेल; Iyer; Reddy; Nair; Gupta|गुप्ता; Singh|सिंह; Kumar|कुमार; Mehta|मेहता; Chatterjee; Banerjee; Rao; Menon; Krishnan; Joshi|जोशी; Desai; Kapoor|कपूर; Malhotra; Khan; Qureshi; Siddiqui; Hossain; Rahman; Chowdhury; Perera; Fernando; Pillai; Verma|वर्मा; Bose; Agarwal'),
  },
  {
    code: 'japan', countries: ['JP'], cities: ['Tokyo', 'Osaka', 'Kyoto', 'Sapporo', 'Fukuoka', 'Nagoya', 'Yokohama'], languages: ['ja', 'en'], timezone: 'Asia/Tokyo', phone: '+8190', familyFirst: true,
    first: parts('Yuki|由紀; Haruto|陽翔; Sakura|さくら; Ren|蓮; Aoi|葵; Hina|陽菜; Sota|蒼太; Mei|芽衣; Daiki|大輝; Kenji|健二; Emi|恵美; Takumi|拓海; Sora|空; Yui|結衣; Riku|陸'),
    last: parts('Tanaka|田中; Suzuki|鈴木; Sato|佐藤; Takahashi|高橋; Watanabe|渡辺; Yamamoto|山本; Nakamura|中村; Kobayashi|小林; Ito|伊藤; Kato|加藤; Hayashi|林; Shimizu|清水; Mori|森; Ikeda|池田; Okada|岡田'),
  },
  {
    code: 'korea', countries: ['KR'], cities: ['Seoul', 'Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju'], languages: ['ko', 'en'], timezone: 'Asia/Seoul', phone: '+8210', familyFirst: true,
    first: parts('Minjun|민준; Jiwoo|지우; Seoyeon|서연; Hyunwoo|현우; Jiho|지호; Soyeon|소연; Yuna|유나; Nari|나리; Doyoon|도윤; Haeun|하은; Seojun|서준; Jimin|지민; Eunji|은지; Taeyang|태양'),
    last: parts('Kim|김; Lee|이; Park|박; Choi|최; Jung|정; Kang|강; Yoon|윤; Shin|신; Han|한; Jang|장; Lim|임; Oh|오; Seo|서; Kwon|권'),
  },
  {
    code: 'china', countries: ['CN', 'TW', 'SG'], cities: ['Shanghai', 'Beijing', 'Shenzhen', 'Guangzhou', 'Chengdu', 'Hangzhou', 'Taipei', 'Singapore'], languages: ['zh', 'en'], timezone: 'Asia/Shanghai', phone: '+86138', familyFirst: true,
    first: parts('Wei|伟; Fang|芳; Jing|静; Hao|浩; Xiu|秀; Lei|磊; Yang|阳; Ling|玲; Ming|明; Xin|欣; Yu|宇; Tao|涛; Jie|杰; Na|娜; Chen|晨'),
    last: parts('Wang|王; Zhang|张; Liu|刘; Chen|陈; Huang|黄; Zhao|赵; Wu|吴; Lin|林; Xu|徐; Sun|孙; Zhou|周; Ma|马; Guo|郭; He|何; Luo|罗'),
  },
  {
    code: 'southeast-asia', countries: ['VN', 'PH', 'ID', 'TH', 'MY'], cities: ['Ho Chi Minh City', 'Hanoi', 'Manila', 'Cebu', 'Jakarta', 'Bandung', 'Bangkok', 'Chiang Mai', 'Kuala Lumpur', 'Da Nang'], languages: ['vi', 'tl', 'id', 'th', 'ms', 'en'], timezone: 'Asia/Bangkok', phone: '+849',
    first: parts('Linh; Minh; Thao; Quang; Trang; Duc; Mai; Khanh; Maria; Jose; Angelica; Paolo; Kristine; Mark; Putri; Budi; Sari; Agus; Dewi; Rizky; Niran; Somchai; Ploy; Kanya; Arif; Nurul; Hafiz; Siti; Bao; Lan'),
    last: parts('Nguyen; Tran; Le; Pham; Hoang; Vu; Dang; Bui; Santos; Reyes; Cruz; Bautista; Garcia; Mendoza; Wijaya; Santoso; Pratama; Kusuma; Hidayat; Saputra; Chaiyaporn; Srisai; Thongchai; Wongsa; Rahim; Ismail; Abdullah; Tan; Lim; Ong'),
  },
  {
    code: 'latam-iberia', countries: ['MX', 'AR', 'CO', 'ES', 'CL', 'PE'], cities: ['Ciudad de México', 'Guadalajara', 'Buenos Aires', 'Córdoba', 'Bogotá', 'Medellín', 'Madrid', 'Barcelona', 'Sevilla', 'Santiago', 'Lima', 'Valencia'], languages: ['es', 'en', 'ca'], timezone: 'America/Mexico_City', phone: '+5255',
    first: parts('Sofía; Mateo; Valentina; Santiago; Camila; Sebastián; Lucía; Diego; Isabella; Alejandro; Martina; Nicolás; Gabriela; Andrés; Daniela; Javier; Mariana; Carlos; Paula; Tomás; Ximena; Emiliano; Renata; Joaquín; Elena; Pablo; Julieta; Marisol; Rodrigo; Inés'),
    last: parts('García; Martínez; Rodríguez; López; Hernández; González; Pérez; Sánchez; Ramírez; Torres; Flores; Rivera; Gómez; Díaz; Morales; Castillo; Ortiz; Vargas; Romero; Álvarez; Ruiz; Jiménez; Navarro; Domínguez; Vega; Castro; Guerrero; Medina; Herrera; Molina'),
  },
  {
    code: 'lusophone', countries: ['BR', 'PT', 'AO', 'MZ'], cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Salvador', 'Recife', 'Porto Alegre', 'Lisboa', 'Porto', 'Luanda', 'Maputo'], languages: ['pt', 'en'], timezone: 'America/Sao_Paulo', phone: '+55119',
    first: parts('João; Ana; Pedro; Beatriz; Lucas; Mariana; Gabriel; Larissa; Rafael; Júlia; Thiago; Fernanda; Gustavo; Camila; Bruno; Letícia; Felipe; Carolina; Leonardo; Amanda; Caio; Bianca; Vinícius; Isadora; Matheus; Luana; Rodrigo; Helena; Diogo; Inês'),
    last: parts('Silva; Santos; Oliveira; Souza; Lima; Pereira; Ferreira; Costa; Rodrigues; Almeida; Nascimento; Carvalho; Araújo; Ribeiro; Gomes; Martins; Rocha; Barbosa; Moreira; Cardoso; Teixeira; Correia; Fonseca; Mendes; Nunes; Pinto; Vieira; Machado; Freitas; Cavalcanti'),
  },
  {
    code: 'anglo', countries: ['US', 'GB', 'CA', 'AU', 'NZ', 'IE'], cities: ['New York', 'Los Angeles', 'Chicago', 'Austin', 'Seattle', 'Atlanta', 'London', 'Manchester', 'Glasgow', 'Toronto', 'Vancouver', 'Sydney', 'Melbourne', 'Auckland', 'Dublin'], languages: ['en'], timezone: 'America/New_York', phone: '+1',
    first: parts('Olivia; Liam; Emma; Noah; Ava; Oliver; Charlotte; Elijah; Amelia; James; Harper; Benjamin; Evelyn; Lucas; Abigail; Henry; Emily; Jackson; Madison; Aiden; Chloe; Caleb; Grace; Owen; Zoe; Ethan; Hannah; Logan; Riley; Jordan'),
    last: parts('Smith; Johnson; Williams; Brown; Jones; Miller; Davis; Wilson; Anderson; Taylor; Thomas; Moore; Jackson; Martin; Thompson; White; Harris; Clark; Lewis; Robinson; Walker; Young; Allen; Wright; Scott; Hughes; Campbell; Murphy; Kelly; Bennett'),
  },
  {
    code: 'francophone', countries: ['FR', 'BE', 'CH', 'CA', 'CI'], cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Bruxelles', 'Genève', 'Montréal', 'Abidjan', 'Nantes'], languages: ['fr', 'en'], timezone: 'Europe/Paris', phone: '+336',
    first: parts('Léa; Hugo; Chloé; Louis; Manon; Gabriel; Camille; Arthur; Inès; Jules; Zoé; Raphaël; Clémence; Théo; Margaux; Antoine; Élodie; Mathis; Juliette; Nathan; Océane; Maxime; Amélie; Baptiste; Sarah; Yanis; Lina; Enzo; Anaïs; Florian'),
    last: parts('Martin; Bernard; Dubois; Thomas; Robert; Richard; Petit; Durand; Leroy; Moreau; Simon; Laurent; Lefebvre; Michel; Garnier; Faure; Rousseau; Blanc; Guerin; Muller; Fontaine; Chevalier; Girard; Lambert; Bonnet; Francois; Mercier; Dupont; Marchand; Lemaire'),
  },
  {
    code: 'central-north-europe', countries: ['DE', 'AT', 'NL', 'SE', 'NO', 'DK', 'FI'], cities: ['Berlin', 'Hamburg', 'München', 'Köln', 'Wien', 'Amsterdam', 'Rotterdam', 'Stockholm', 'Göteborg', 'Oslo', 'København', 'Helsinki'], languages: ['de', 'nl', 'sv', 'no', 'da', 'fi', 'en'], timezone: 'Europe/Berlin', phone: '+4915',
    first: parts('Lukas; Mia; Leon; Hannah; Finn; Lena; Jonas; Emilia; Felix; Lina; Paul; Clara; Maximilian; Sophie; Elias; Anna; Noah; Johanna; Ben; Frieda; Sven; Astrid; Lars; Ingrid; Emil; Freja; Mikkel; Saga; Daan; Fenna'),
    last: parts('Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Schulz; Hoffmann; Koch; Richter; Klein; Wolf; Schröder; Neumann; Zimmermann; Braun; Krüger; Hartmann; Andersson; Johansson; Lindqvist; Nilsen; Hansen; Jensen; Nielsen; Virtanen; Jansen; Vries'),
  },
  {
    code: 'eastern-europe', countries: ['PL', 'UA', 'CZ', 'RO', 'RS', 'RU'], cities: ['Warszawa', 'Kraków', 'Wrocław', 'Kyiv', 'Lviv', 'Praha', 'Brno', 'București', 'Cluj-Napoca', 'Beograd', 'Odesa'], languages: ['pl', 'uk', 'cs', 'ro', 'sr', 'ru', 'en'], timezone: 'Europe/Warsaw', phone: '+4850',
    first: parts('Jakub; Zuzanna; Kacper; Julia; Szymon; Maja; Oleksandr|Олександр; Olena|Олена; Dmytro|Дмитро; Iryna|Ірина; Andriy|Андрій; Kateryna|Катерина; Tomáš; Tereza; Jan; Eliška; Andrei; Ioana; Mihai; Elena; Nikola; Milica; Stefan; Ivana; Ivan|Иван; Anastasia|Анастасия; Mikhail|Михаил; Daria|Дарья; Wojciech; Agnieszka'),
    last: parts('Nowak; Kowalski; Wiśniewski; Wójcik; Kamiński; Lewandowski; Zieliński; Szymański; Shevchenko|Шевченко; Kovalenko|Коваленко; Bondarenko|Бондаренко; Tkachenko|Ткаченко; Kravchenko|Кравченко; Novák; Svoboda; Dvořák; Černý; Popescu; Ionescu; Dumitru; Stan; Jovanović; Petrović; Nikolić; Marković; Ivanov|Иванов; Smirnov|Смирнов; Volkov|Волков; Sokolov|Соколов; Kozlov|Козлов'),
  },
  {
    code: 'arab-world', countries: ['EG', 'MA', 'AE', 'SA', 'JO', 'LB', 'TN'], cities: ['Cairo', 'Alexandria', 'Casablanca', 'Marrakech', 'Dubai', 'Abu Dhabi', 'Riyadh', 'Amman', 'Beirut', 'Tunis'], languages: ['ar', 'fr', 'en'], timezone: 'Africa/Cairo', phone: '+9715',
    first: parts('Omar|عمر; Layla|ليلى; Youssef|يوسف; Fatima|فاطمة; Karim|كريم; Nour|نور; Hassan|حسن; Salma|سلمى; Ahmed|أحمد; Mariam|مريم; Khalid|خالد; Yasmin|ياسمين; Rania|رانيا; Tariq|طارق; Hana|هناء; Ali|علي'),
    last: parts('Haddad|حداد; Mansour|منصور; El-Sayed|السيد; Nasser|ناصر; Khalil|خليل; Farouk|فاروق; Hamdan|حمدان; Saleh|صالح; Abbas|عباس; Aziz|عزيز; Benali|بن علي; Bennani|بناني; Alaoui|العلوي; Tazi|التازي'),
  },
  {
    code: 'turkiye-iran', countries: ['TR', 'IR', 'AZ'], cities: ['Istanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Tehran', 'Isfahan', 'Shiraz', 'Baku'], languages: ['tr', 'fa', 'az', 'en'], timezone: 'Europe/Istanbul', phone: '+90532',
    first: parts('Elif; Emre; Zeynep; Mehmet; Ayşe; Burak; Defne; Cem; Selin; Kerem; Darius; Shirin; Reza; Parisa; Amir; Leila'),
    last: parts('Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Öztürk; Aydın; Arslan; Doğan; Hosseini; Mohammadi; Rezaei; Karimi; Ahmadi; Moradi'),
  },
];

export const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.com', 'gmx.de', 'web.de', 'yahoo.co.jp', 'naver.com', 'qq.com', 'mail.ru', 'orange.fr', 'libero.it', 'uol.com.br', 'fastmail.com', 'zoho.com', 'aol.com'];

export const WEBSITES = ['linktr.ee', 'instagram.com', 'youtube.com', 'tiktok.com', 'twitch.tv', 'behance.net', 'github.io', 'substack.com', 'patreon.com', 'ko-fi.com'];

export const CREATOR_NICHES = [
  'street food', 'home cooking', 'bouldering', 'trail running', 'indie game dev', 'lo-fi music', 'jazz piano', 'bedroom pop', 'calisthenics', 'yoga', 'watercolour', 'film photography',
  'van life', 'budget travel', 'urban gardening', 'sourdough', 'coffee roasting', 'skateboarding', 'chess', 'speedrunning', 'mechanical keyboards', 'sneaker restoration', 'thrift flips',
  'K-pop dance covers', 'Afrobeats production', 'cumbia', 'capoeira', 'ceramics', 'woodworking', 'language learning', 'personal finance', 'astronomy', 'birdwatching', 'drone cinematography',
  'retro consoles', 'stand-up comedy', 'makeup artistry', 'plant care', 'electric guitar', 'anime reviews', 'board games', 'football tactics', 'cricket highlights', 'basketball drills',
];

export const BIO_TEMPLATES = [
  '{niche} nerd. New videos every {day}.',
  'Sharing {niche} from {city}. Business: hello@{domain}',
  '{niche} • {niche2} • {city}',
  'I make videos about {niche}. Sometimes {niche2}.',
  'Full-time {niche} creator, part-time {niche2} enthusiast. she/her',
  'Full-time {niche} creator, part-time {niche2} enthusiast. he/him',
  '{city} → everywhere. {niche} diaries.',
  'Learning {niche} in public. 🎥 {day}s',
  'Just here for the {niche} content tbh',
  'Dad, {niche} fan, bad at {niche2}.',
  'Mum of two. {niche} on weekends.',
  'Student in {city}. {niche} and {niche2}.',
  '',
  '',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const VIDEO_TITLE_TEMPLATES = [
  'I tried {niche} for 30 days — here is what happened',
  '{niche}: beginner mistakes to avoid',
  'The ultimate {niche} guide ({year})',
  '{city} {niche} tour 🌆',
  'Reacting to your {niche} setups',
  'Day in the life of a {niche} creator in {city}',
  '{niche} on a budget: $50 challenge',
  'Why nobody talks about {niche} like this',
  '5 {niche} tips I wish I knew earlier',
  'Live {niche} session — chill vibes',
  'We went to {city} just for {niche}',
  '{niche} vs {niche2}: which is harder?',
  'My {niche} setup tour (2026 edition)',
  'Rating {niche} in {city} from 1 to 10',
  '{niche} ASMR, no talking',
  'Cómo empezar con {niche} en {city}',
  'Aprendendo {niche} do zero',
  '{city}で{niche}してみた',
  '{niche} 브이로그 | {city}',
  '{niche} की शुरुआत कैसे करें',
];

export const VIDEO_CATEGORIES = ['Music', 'Gaming', 'Education', 'Entertainment', 'Sports', 'Travel', 'Food', 'Howto & Style', 'Science & Tech', 'Comedy', 'People & Blogs', 'Film & Animation'];

export const POST_TEMPLATES = [
  'New video is up! {niche} in {city} — link in bio 🎬',
  'Behind the scenes of today\'s {niche} shoot. Took 14 takes 😅',
  'Question for the comments: what should I try next, {niche} or {niche2}?',
  'Thank you for 10k! Never thought {niche} would get this far ❤️',
  'Going live tonight at 8pm {tz} — bring your {niche} questions',
  'Hot take: {niche} is underrated. Change my mind.',
  'Packing for {city}. Any {niche} spots I should not miss?',
  'Week {n} of learning {niche}. Progress is slow but it is progress.',
  'Collab announcement soon 👀 #{tag}',
  'Reminder to drink water and back up your footage.',
  'Just hit a personal best in {niche}! 🎉',
  'Mood: editing at 2am again. #creatorlife',
  'Posted a poll in stories — vote for the next {niche} episode',
  'Rain in {city} all week, so indoor {niche2} content it is ☔',
  '¡Nuevo video de {niche}! Gracias por todo el apoyo 🙏',
  'Obrigado pelos comentários no último vídeo de {niche}!',
];

export const HASHTAGS = ['creatorlife', 'vlog', 'tutorial', 'behindthescenes', 'newvideo', 'livestream', 'music', 'gaming', 'food', 'travel', 'fitness', 'art', 'diy', 'tech', 'comedy', 'dance', 'fyp', 'learnontiktok', 'shorts', 'collab'];

export const COMMENTS = [
  'This is so helpful, thank you!', 'Great video as always 🔥', 'How long did this take you?', 'The editing on this is insane', 'Can you do a part 2?', 'I tried this and it worked!',
  'Underrated channel fr', 'What camera do you use?', 'First time here, subscribed 🙌', 'The music at 2:14 — what is it?', 'Watching from {city}!', 'You explained this better than my teacher',
  'lol the ending', 'This deserves way more views', 'I have been waiting for this one', 'Not sure I agree, but interesting take', 'Could you share the recipe?', 'Please do a beginner version',
  'Your energy is unmatched 😂', 'Respectfully, the audio is a bit quiet', 'Who else is watching at 3am', 'Bookmarking this for later', 'Queen/king of {niche} 👑', 'Saludos desde {city} 👋',
  'Que vídeo incrível!', 'めっちゃ参考になりました！', '영상 너무 좋아요!', 'बहुत बढ़िया वीडियो!', 'Merci pour la vidéo !', 'Danke, genau das habe ich gesucht.',
];

export const REPLIES = ['Thank you so much! 🙏', 'Haha right?', 'Agreed!', 'Same here', 'It took about 3 weeks', 'Sony a6400 + a cheap lav mic', 'Part 2 coming Friday!', 'Glad it helped ❤️', 'lol yes', 'Good point, will fix next time'];

/** A coordinated spam wave: near-identical comments from fresh accounts (for bulk decisions). */
export const SPAM_TEMPLATES = [
  'I made $4,800 last week with crypto signals 💰 DM @quick.profit.{n} on telegram',
  'FREE 10,000 followers instantly ➡️ fastfollows-{n}.example 🚀',
  '🎁 Giveaway! Claim your free iPhone at prize-claim-{n}.example before it ends',
  'Check my profile for exclusive content 💋 link in bio',
  'Earn from home $500/day no experience needed!!! message me',
];

/** Mild, non-graphic abuse used to exercise moderation (harassment / insult policies). */
export const ABUSIVE_COMMENTS = [
  'This is trash and so are you',
  'Nobody asked, just quit already',
  'You are an idiot, delete your channel',
  'Worst creator on this app, absolute clown',
  'Go cry somewhere else loser',
  'Imagine being this dumb on camera',
  'Everyone from your city is stupid',
  'shut up and stop posting garbage',
];

export const CHAT_MESSAGES = [
  'hiii 👋', 'first!', 'LET\'S GOOO', 'love this song', 'greetings from {city}', 'what game is this?', 'W stream', 'lmao', 'clip that!', 'gg', '🔥🔥🔥', 'how long is the stream today?',
  'can you say hi to my sister?', 'the chat is so fast', 'that was clean', 'audio is a bit low', 'POG', 'we need a part 2', 'drop the playlist pls', 'first time catching you live!',
];

export const LIVE_TITLES = ['Late night {niche} stream 🌙', 'Q&A + {niche} chill', '{niche} marathon — 6 hours', 'Road to 1k: {niche} live', 'Cooking live from {city}', 'Ranked grind, come hang', 'Studio session: making a beat from scratch', 'Sunday {niche} hangout'];

export const AD_BRANDS = [
  { name: 'Trailhead Coffee', domain: 'trailheadcoffee.example', headline: 'Small-batch roasts, delivered weekly', cta: 'Shop now', interests: ['coffee', 'food', 'lifestyle'] },
  { name: 'Lumen Fitness', domain: 'lumenfit.example', headline: 'Your first month free — start today', cta: 'Install now', interests: ['fitness', 'health', 'yoga'] },
  { name: 'Nordvik Audio', domain: 'nordvik-audio.example', headline: 'Noise cancelling, 40 h battery', cta: 'Learn more', interests: ['music', 'tech', 'travel'] },
  { name: 'Pixel Forge Games', domain: 'pixelforge.example', headline: 'Pre-register for Starfall Tactics', cta: 'Pre-register', interests: ['gaming', 'esports'] },
  { name: 'Mercado Verde', domain: 'mercadoverde.example', headline: 'Organic groceries in 30 minutes', cta: 'Order now', interests: ['food', 'cooking'] },
  { name: 'Skyline Stays', domain: 'skylinestays.example', headline: 'City breaks from $79 a night', cta: 'Book now', interests: ['travel', 'lifestyle'] },
  { name: 'Kanji Quest', domain: 'kanjiquest.example', headline: 'Learn Japanese in 10 minutes a day', cta: 'Try free', interests: ['education', 'language learning'] },
  { name: 'Volt Rideshare', domain: 'voltride.example', headline: 'Your first e-scooter ride is on us', cta: 'Get the app', interests: ['mobility', 'tech'] },
  { name: 'Brightside Bank', domain: 'brightside.example', headline: 'No-fee accounts for creators', cta: 'Open account', interests: ['finance', 'creators'] },
  { name: 'Atelier Nuvem', domain: 'ateliernuvem.example', headline: 'Handmade ceramics, shipped worldwide', cta: 'Shop now', interests: ['art', 'home'] },
  { name: 'QuickProfit Signals', domain: 'quickprofit-signals.example', headline: 'Guaranteed 300% returns in 7 days!!!', cta: 'Sign up', interests: ['finance', 'crypto'] },
  { name: 'SlimFast Miracle Tea', domain: 'miracletea.example', headline: 'Lose 10 kg in a week, doctors hate it', cta: 'Buy now', interests: ['health'] },
];

export const INTERESTS = ['gaming', 'music', 'fitness', 'food', 'travel', 'tech', 'fashion', 'beauty', 'education', 'finance', 'sports', 'art', 'comedy', 'parenting', 'pets', 'cars'];

export const SONG_WORDS_A = ['Midnight', 'Golden', 'Neon', 'Paper', 'Velvet', 'Electric', 'Quiet', 'Broken', 'Summer', 'Northern', 'Silver', 'Wild', 'Lonely', 'Crimson', 'Ocean', 'Lagos', 'Tokyo', 'Desert', 'Satellite', 'Honey'];
export const SONG_WORDS_B = ['Hearts', 'Lights', 'Rain', 'Drive', 'Echoes', 'Dreams', 'Skyline', 'Fever', 'Waves', 'Letters', 'Parade', 'Signals', 'Roses', 'Motion', 'Gravity', 'Horizon', 'Shadows', 'Anthem', 'Bloom', 'Static'];
export const ARTISTS = ['Nova Reyes', 'The Lanterns', 'Kofi Blaze', 'Mira Sato', 'Los Caminantes', 'DJ Aurelio', 'Sunset Theory', 'Ayo & The Tide', 'Velvet Owls', 'Ines Carvalho', 'Jin-ho Park', 'Polar Youth', 'Amani Strings', 'Orquesta Luz', 'Bad Weather Club', 'Leila Haddad', 'Kaito', 'Northbound', 'Zara Okoye', 'The Quiet Hours'];
export const LABELS = ['Bluewave Records', 'Sunline Music Group', 'Harbor Lane Recordings', 'Tropico Discos', 'Kitsune Sound', 'Atlas Independent', 'Highrise Music', 'Saffron Audio'];
export const GENRES = ['Pop', 'Hip-Hop', 'Afrobeats', 'Reggaeton', 'K-Pop', 'Indie Rock', 'Electronic', 'Lo-fi', 'Jazz', 'Classical', 'R&B', 'Latin', 'Amapiano', 'J-Pop', 'Country'];

export const USER_AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 SocialFlow/6.4.2',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36 SocialFlow/6.4.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
  'Mozilla/5.0 (Linux; Android 12; SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Tizen',
];
export const DEVICES: { type: string; browser: string; os: string }[] = [
  { type: 'mobile', browser: 'SocialFlow iOS', os: 'iOS 18' },
  { type: 'mobile', browser: 'SocialFlow Android', os: 'Android 15' },
  { type: 'mobile', browser: 'Chrome Mobile', os: 'Android 14' },
  { type: 'desktop', browser: 'Chrome', os: 'Windows 11' },
  { type: 'desktop', browser: 'Safari', os: 'macOS 14' },
  { type: 'desktop', browser: 'Firefox', os: 'Linux' },
  { type: 'tv', browser: 'Smart TV', os: 'Tizen' },
];
export const DEVICE_WEIGHTS = [34, 30, 12, 12, 7, 3, 2];

export const REFERRERS = ['https://www.google.com/', 'https://t.co/', 'https://www.reddit.com/', 'https://www.facebook.com/', 'https://duckduckgo.com/', 'https://news.ycombinator.com/'];
export const VIEW_SOURCES = ['feed', 'search', 'profile', 'recommended', 'external', 'notification', 'playlist'];
export const QUALITIES = ['360p', '480p', '720p', '1080p', '1440p', '2160p'];

/** Rekognition content-moderation taxonomy (level 1 → level 2 labels). */
export const MODERATION_TAXONOMY: { top: string; labels: string[] }[] = [
  { top: 'Explicit', labels: ['Exposed Female Nipple', 'Explicit Sexual Activity'] },
  { top: 'Non-Explicit Nudity of Intimate parts and Kissing', labels: ['Implied Nudity', 'Kissing on the Lips'] },
  { top: 'Swimwear or Underwear', labels: ['Female Swimwear or Underwear', 'Male Swimwear or Underwear'] },
  { top: 'Violence', labels: ['Weapon Violence', 'Physical Violence', 'Self-Harm'] },
  { top: 'Visually Disturbing', labels: ['Emaciated Bodies', 'Air Crash'] },
  { top: 'Drugs & Tobacco', labels: ['Smoking', 'Drinking', 'Pills'] },
  { top: 'Alcohol', labels: ['Alcoholic Beverages'] },
  { top: 'Rude Gestures', labels: ['Middle Finger'] },
  { top: 'Gambling', labels: ['Gambling'] },
  { top: 'Hate Symbols', labels: ['Nazi Party', 'White Supremacy'] },
];

export const REKOGNITION_MODEL_VERSIONS = ['7.0', '7.0', '7.0', '6.1'];

/** Audience countries (alphabetical: the order of rows inside a partition) and their weights. */
export const AUDIENCE_COUNTRIES: { code: string; weight: number; cities: string[] }[] = [
  { code: 'AE', weight: 1, cities: ['Dubai', 'Abu Dhabi'] },
  { code: 'AR', weight: 2, cities: ['Buenos Aires', 'Córdoba', 'Rosario'] },
  { code: 'AU', weight: 1, cities: ['Sydney', 'Melbourne', 'Brisbane'] },
  { code: 'BD', weight: 1, cities: ['Dhaka', 'Chittagong'] },
  { code: 'BR', weight: 8, cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Salvador', 'Recife'] },
  { code: 'CA', weight: 2, cities: ['Toronto', 'Vancouver', 'Montréal'] },
  { code: 'CL', weight: 1, cities: ['Santiago', 'Valparaíso'] },
  { code: 'CO', weight: 2, cities: ['Bogotá', 'Medellín', 'Cali'] },
  { code: 'DE', weight: 3, cities: ['Berlin', 'Hamburg', 'München', 'Köln'] },
  { code: 'EG', weight: 2, cities: ['Cairo', 'Alexandria', 'Giza'] },
  { code: 'ES', weight: 2, cities: ['Madrid', 'Barcelona', 'Sevilla', 'Valencia'] },
  { code: 'FR', weight: 3, cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse'] },
  { code: 'GB', weight: 4, cities: ['London', 'Manchester', 'Birmingham', 'Glasgow'] },
  { code: 'GH', weight: 1, cities: ['Accra', 'Kumasi'] },
  { code: 'ID', weight: 5, cities: ['Jakarta', 'Surabaya', 'Bandung'] },
  { code: 'IN', weight: 12, cities: ['Mumbai', 'Delhi', 'Bengaluru', 'Chennai', 'Kolkata', 'Hyderabad', 'Pune'] },
  { code: 'IT', weight: 1, cities: ['Milano', 'Roma', 'Napoli'] },
  { code: 'JP', weight: 3, cities: ['Tokyo', 'Osaka', 'Yokohama', 'Sapporo'] },
  { code: 'KE', weight: 1, cities: ['Nairobi', 'Mombasa'] },
  { code: 'KR', weight: 2, cities: ['Seoul', 'Busan', 'Incheon'] },
  { code: 'MA', weight: 1, cities: ['Casablanca', 'Rabat', 'Marrakech'] },
  { code: 'MX', weight: 5, cities: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla'] },
  { code: 'MY', weight: 1, cities: ['Kuala Lumpur', 'Penang'] },
  { code: 'NG', weight: 4, cities: ['Lagos', 'Abuja', 'Ibadan', 'Port Harcourt'] },
  { code: 'NL', weight: 1, cities: ['Amsterdam', 'Rotterdam', 'Utrecht'] },
  { code: 'PE', weight: 1, cities: ['Lima', 'Arequipa'] },
  { code: 'PH', weight: 4, cities: ['Manila', 'Quezon City', 'Cebu', 'Davao'] },
  { code: 'PK', weight: 2, cities: ['Karachi', 'Lahore', 'Islamabad'] },
  { code: 'PL', weight: 2, cities: ['Warszawa', 'Kraków', 'Wrocław'] },
  { code: 'PT', weight: 1, cities: ['Lisboa', 'Porto'] },
  { code: 'RO', weight: 1, cities: ['București', 'Cluj-Napoca'] },
  { code: 'SA', weight: 1, cities: ['Riyadh', 'Jeddah'] },
  { code: 'SE', weight: 1, cities: ['Stockholm', 'Göteborg'] },
  { code: 'TH', weight: 2, cities: ['Bangkok', 'Chiang Mai'] },
  { code: 'TR', weight: 3, cities: ['Istanbul', 'Ankara', 'İzmir'] },
  { code: 'UA', weight: 1, cities: ['Kyiv', 'Lviv', 'Odesa'] },
  { code: 'US', weight: 18, cities: ['New York', 'Los Angeles', 'Chicago', 'Houston', 'Seattle', 'Austin', 'Atlanta', 'Miami'] },
  { code: 'VN', weight: 3, cities: ['Ho Chi Minh City', 'Hanoi', 'Da Nang'] },
  { code: 'ZA', weight: 1, cities: ['Johannesburg', 'Cape Town', 'Durban'] },
];
