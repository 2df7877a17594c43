// Invented stories in two languages for the declared-language tests: isiZulu-like (no word list), Indonesian-like.
export const ZULU = [
  'Umphakathi wasendaweni uthe awukwazi ukuthula ngenxa yezigameko zobugebengu ezandayo. Abahlali bathi izigebengu zingena emakhaya ebusuku zintshontshe izimpahla zabo. Omunye wabahlali uthe usesaba ukuphuma ngoba umkhaya wakhe uhlaselwe kabili kulo nyaka.',
  'Uthe amaphoyisa afika sekwedlule amahora amaningi, futhi akakaboni muntu oboshiwe. Ikhansela lewadi lithe lizohlangana nabaphathi bamaphoyisa ngesonto elizayo ukuze kuxoxwe ngezinyathelo okumele zithathwe.',
  'Abantu abadala bathi bakhumbula izikhathi lapho umphakathi wawuhlala ngokuthula, izingane zidlala emgwaqweni kuze kuhlwe. Manje sebevala iminyango kusesemini, bethandazela ukuthi kufakwe izibani emigwaqweni.',
].join('\n\n');

export const INDONESIAN = [
  'Pemerintah kota mengatakan bahwa jembatan yang baru akan dibuka untuk lalu lintas pada akhir tahun ini. Menurut wali kota, pembangunan sudah selesai hampir seluruhnya dan hanya tinggal pengecatan.',
  'Warga yang tinggal di dekat sungai mengaku senang dengan kabar tersebut, karena mereka harus memutar jauh setiap hari untuk pergi ke pasar. Namun beberapa pedagang khawatir harga sewa kios akan naik setelah jembatan dibuka.',
  'Dinas perhubungan juga akan menambah rambu dan lampu jalan di sekitar jembatan, kata seorang pejabat yang tidak mau disebut namanya.',
].join('\n\n');
