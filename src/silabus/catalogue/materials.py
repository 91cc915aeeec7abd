"""Course materials: chapters, figures, downloads, worksheets, exercises (M)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS = [
    # Texts of the course and their links (check_materials.py).
    Problem(
        "M001",
        "the text of '{field}' has {problem}",
        "teks '{field}' berisi {problem}",
        "a short field needs only a few words, links and code",
        "kolom pendek cukup berisi beberapa kata, tautan, dan kode",
    ),
    Problem(
        "M002",
        "{what} in '{field}' is left out of the page",
        "{what} di '{field}' tidak ikut ditampilkan di halaman",
        "links may lead to http, https or mailto addresses, or to the course by id",
        "tautan boleh menuju alamat http, https, atau mailto, atau ke bagian pelatihan "
        "melalui id-nya",
    ),
    Problem(
        "M003",
        "'{field}' is plain text, so '{marks}' shows with its marks as typed",
        "'{field}' berupa teks biasa, jadi '{marks}' tampil apa adanya, lengkap dengan "
        "tanda-tandanya",
        "write it without Markdown, or put the formatted text into a field that takes "
        "Markdown (see the trainer guide)",
        "tulis tanpa Markdown, atau pindahkan teks berformat itu ke kolom yang menerima "
        "Markdown (lihat panduan pelatih)",
    ),
    Problem(
        "M004",
        "an image must be a file, not the {name} '{target}'",
        "gambar harus berupa berkas, bukan {name} '{target}'",
        "write the figure's file name, such as 'gambar/siklus.png'",
        "tulis nama berkas gambarnya, misalnya 'gambar/siklus.png'",
    ),
    Problem("M005", "the {name} '{target}' does not exist", "{name} '{target}' tidak ada"),
    Problem(
        "M006",
        "the material page '{page}' is for trainers only, so participants would find no page there",
        "halaman materi '{page}' hanya untuk pelatih, jadi peserta tidak akan menemukan "
        "halaman di sana",
        "link to it only from trainer notes or from pages for trainers",
        "tautkan halaman itu hanya dari catatan pelatih atau dari halaman untuk pelatih",
    ),
    Problem(
        "M007",
        "the page '{page}' has no section '#{fragment}'",
        "halaman '{page}' tidak memiliki bagian '#{fragment}'",
    ),
    Problem(
        "M008",
        "this {what} names the file '{target}', but only a module's texts and material "
        "pages can show or link files",
        "{what} ini menyebut berkas '{target}', padahal hanya teks modul dan halaman materi "
        "yang dapat menampilkan atau menautkan berkas",
        "link to a page by id, such as 'module:<id>', or move the text into a module",
        "tautkan ke halaman melalui id-nya, misalnya 'modul:<id>', atau pindahkan teks ini "
        "ke dalam modul",
    ),
    Problem(
        "M009",
        "the file '{target}' is outside the module's folder {folder}/",
        "berkas '{target}' berada di luar folder modul {folder}/",
        "copy the file into {folder}/ and name it from there",
        "salin berkas itu ke {folder}/, lalu tulis namanya mulai dari folder itu",
    ),
    Problem(
        "M010",
        "there is no material page '{target}' in {folder}/",
        "tidak ada halaman materi '{target}' di {folder}/",
        "link to a page of this module by its file name, or to another module's page as "
        "'materi:<module>/<page>'",
        "tautkan ke halaman modul ini dengan nama berkasnya, atau ke halaman modul lain "
        "sebagai 'materi:<module>/<page>'",
    ),
    Problem(
        "M011",
        "the file '{target}' does not exist in {folder}/",
        "berkas '{target}' tidak ada di {folder}/",
        "put the file into {folder}/, or correct its name (letter case counts)",
        "letakkan berkas itu di {folder}/, atau perbaiki namanya (huruf besar dan kecil dibedakan)",
    ),
    Problem(
        "M012",
        "the file '{target}' is offered to trainers only (audience: trainer in downloads), "
        "so participants would find nothing there",
        "berkas '{target}' hanya ditawarkan kepada pelatih (audience: trainer di downloads), "
        "jadi peserta tidak akan menemukan apa pun di sana",
        "link to it only from trainer notes or from pages for trainers, or offer it to "
        "participants too",
        "tautkan berkas itu hanya dari catatan pelatih atau dari halaman untuk pelatih, atau "
        "tawarkan juga kepada peserta",
    ),
    Problem(
        "M013",
        "the file '{target}' cannot be published: {problem}",
        "berkas '{target}' tidak dapat diterbitkan: {problem}",
    ),
    Problem(
        "M014",
        "participants may not download '{target}': Silabus offers documents, slides, "
        "spreadsheets, images, audio, video and archives, never programs or pages",
        "peserta tidak boleh mengunduh '{target}': Silabus menawarkan dokumen, slide, "
        "spreadsheet, gambar, audio, video, dan arsip, tetapi tidak pernah menawarkan program "
        "atau halaman web",
        "offer the file in one of these types: {kinds}",
        "tawarkan berkas itu dalam salah satu jenis ini: {kinds}",
    ),
    Problem(
        "M015",
        "'{target}' is not a figure a page can show",
        "'{target}' bukan gambar yang dapat ditampilkan di halaman",
        "use a PNG, JPEG, WebP, GIF or SVG file, or an MP4 or WebM video; to offer the file "
        "for download instead, remove the '!' before the link",
        "pakai berkas PNG, JPEG, WebP, GIF, atau SVG, atau video MP4 atau WebM; untuk "
        "menawarkan berkas itu sebagai unduhan, hapus '!' di depan tautannya",
    ),
    Problem(
        "M016",
        "the figure '{target}' cannot be shown: {problem}",
        "gambar '{target}' tidak dapat ditampilkan: {problem}",
    ),
    Problem(
        "M017",
        "the figure '{target}' has no text for readers who cannot see it",
        "gambar '{target}' tidak memiliki teks untuk pembaca yang tidak dapat melihatnya",
        "describe it between the brackets: ![Siklus inovasi 5D](gambar/siklus.svg)",
        "tulis deskripsi gambar itu di antara kurung siku: ![Siklus inovasi 5D](gambar/siklus.svg)",
    ),
    Problem(
        "M018",
        "the figure '{target}' is {size}, heavy for participants on a phone (at most "
        "{budget} is light)",
        "gambar '{target}' berukuran {size}, berat bagi peserta yang membukanya di ponsel "
        "(paling banyak {budget} masih ringan)",
        "make it smaller: fewer pixels (about 1,600 wide is plenty), JPEG or WebP for "
        "photos, PNG or SVG for diagrams",
        "perkecil gambarnya: kurangi pikselnya (lebar sekitar 1.600 piksel sudah cukup), "
        "pakai JPEG atau WebP untuk foto, PNG atau SVG untuk diagram",
    ),
    # Downloads and material pages (check_materials.py).
    Problem(
        "M019",
        "'{file}' is a page in Markdown, which Silabus publishes as a page of the site, not "
        "as a file to download",
        "'{file}' adalah halaman Markdown, yang diterbitkan Silabus sebagai halaman situs, "
        "bukan sebagai berkas unduhan",
        "put material pages directly in the module's folder, where the module page lists "
        "them; to offer the text for download, offer it as a PDF",
        "letakkan halaman materi langsung di folder modul, tempat halaman modul mencantumkannya; "
        "untuk menawarkan teksnya sebagai unduhan, tawarkan dalam bentuk PDF",
    ),
    Problem(
        "M020",
        "the page '{other}' of this module has order {order} too",
        "halaman '{other}' di modul ini juga memakai order {order}",
        "give each page its own number; pages with the same number go by file name",
        "beri setiap halaman nomornya sendiri; halaman dengan nomor yang sama diurutkan "
        "menurut nama berkas",
    ),
    Problem(
        "M021",
        "the page has {problem}",
        "halaman ini berisi {problem}",
        "split it into several pages of the module",
        "pecah halaman ini menjadi beberapa halaman modul",
    ),
    Problem(
        "M022",
        "the page's title is '{title}' from its front matter, and this heading too, so the "
        "page shows two titles and its other headings move a level down",
        "halaman ini sudah berjudul '{title}' dari front matter-nya, dan judul bagian ini juga "
        "menjadi judul, jadi halaman menampilkan dua judul dan judul bagian lainnya turun satu "
        "tingkat",
        "remove this line, or remove 'title' from the front matter so that this line gives "
        "the title",
        "hapus baris ini, atau hapus 'title' dari front matter agar baris ini yang menjadi judul",
    ),
    Problem(
        "M023",
        "this code block is not read as one: its fence lines (```) would show as text",
        "blok kode ini tidak terbaca sebagai blok kode: baris pembatasnya (```) akan tampil "
        "sebagai teks",
        "outside a list, start the fence at the beginning of the line; in a list item, "
        "indent the fence lines and the code as far as the item's text (4 spaces)",
        "di luar daftar, mulai baris pembatas di awal baris; di dalam butir daftar, indentasikan "
        "baris pembatas dan kodenya sejauh teks butir itu (4 spasi)",
    ),
    Problem(
        "M024",
        "this page has no section '#{anchor}'",
        "halaman ini tidak memiliki bagian '#{anchor}'",
    ),
    Problem(
        "M025",
        "two headings of this page have the id '{id}', so a link to '#{id}' reaches only the first",
        "dua judul bagian di halaman ini memakai id '{id}', jadi tautan ke '#{id}' hanya "
        "sampai ke yang pertama",
        "give each heading an id of its own",
        "beri setiap judul bagian id-nya sendiri",
    ),
    Problem(
        "M026",
        "the heading's id '{id}' is left out: an id starts with a letter and holds only "
        "letters, digits, '-', '_' and '.'",
        "id judul bagian '{id}' diabaikan: id diawali huruf dan hanya berisi huruf, angka, "
        "'-', '_', dan '.'",
        "write it like {{#langkah-1}}, or leave it out: the heading then gets an id from its words",
        "tulis seperti {{#langkah-1}}, atau hapus saja: judul bagian itu akan mendapat id dari "
        "kata-katanya",
    ),
    Problem(
        "M027",
        "'{attributes}' is kramdown's syntax and shows as text on the page",
        "'{attributes}' adalah sintaks kramdown dan tampil sebagai teks di halaman",
        "for a code block, write its language after the opening fence (```bash) and remove "
        "this line; for a note, use '!!! note'",
        "untuk blok kode, tulis bahasanya setelah baris pembatas pembuka (```bash) dan hapus "
        "baris ini; untuk catatan, pakai '!!! note'",
    ),
    Problem(
        "M028",
        "{what} is left out of the page",
        "{what} tidak ikut ditampilkan di halaman",
        "material pages may use Markdown (headings, lists, tables, notes, code, figures) "
        "and links; see the trainer guide",
        "halaman materi boleh memakai Markdown (judul bagian, daftar, tabel, catatan, kode, "
        "gambar) dan tautan; lihat panduan pelatih",
    ),
    # A module's folder and its pages (load_materials.py).
    Problem(
        "M029",
        "this is a link, and a module's folder holds only plain files and folders: a link "
        "would publish whatever it leads to",
        "ini adalah tautan simbolik (symlink), padahal folder modul hanya berisi berkas dan "
        "folder biasa: tautan akan menerbitkan apa pun yang ditujunya",
        "replace the link with a copy of the file or folder",
        "ganti tautan itu dengan salinan berkas atau foldernya",
    ),
    Problem(
        "M030",
        "this page is not read: material pages are the .md files directly in the module's folder",
        "halaman ini tidak dibaca: halaman materi adalah berkas .md yang langsung berada di "
        "folder modul",
        "move it into {folder}/ if it is a page of the module",
        "pindahkan ke {folder}/ jika ini halaman modul tersebut",
    ),
    Problem(
        "M031",
        "the file name '{name}' cannot be the address of a page",
        "nama berkas '{name}' tidak dapat menjadi alamat halaman",
        "rename it to '{suggestion}': lowercase letters, digits and hyphens",
        "ganti namanya menjadi '{suggestion}': huruf kecil, angka, dan tanda hubung",
    ),
    Problem(
        "M032",
        "a material page cannot be called 'index': the module's own page has that address",
        "halaman materi tidak boleh bernama 'index': halaman modul itu sendiri memakai "
        "alamat tersebut",
        "rename it, for example to 'pengantar.md'",
        "ganti namanya, misalnya menjadi 'pengantar.md'",
    ),
    Problem(
        "M033",
        "cannot read the file: {reason}",
        "berkas ini tidak dapat dibaca: {reason}",
        "check that it is a file you may read",
        "periksa apakah berkas itu boleh Anda baca",
    ),
    Problem(
        "M034",
        "the front matter that starts here is never closed",
        "front matter yang dimulai di sini tidak pernah ditutup",
        "end it with a line of three hyphens '---' after the last 'key: value' line",
        "akhiri dengan baris berisi tiga tanda hubung '---' setelah baris 'kunci: nilai' terakhir",
    ),
    Problem(
        "M035",
        "the front matter is not a list of 'key: value' lines",
        "front matter ini bukan daftar baris 'kunci: nilai'",
        "write the page's settings as 'title: …', 'order: 1', one per line",
        "tulis pengaturan halaman sebagai 'title: …', 'order: 1', satu per baris",
    ),
    Problem(
        "M036",
        "'{key}' cannot be set in the front matter: {given} gives it",
        "'{key}' tidak dapat diatur di front matter: nilainya diambil dari {given}",
        "remove the line '{key}: …'",
        "hapus baris '{key}: …'",
    ),
    Problem(
        "M037",
        "the page has no title",
        "halaman ini tidak memiliki judul",
        "start the file with a front matter holding 'title: …' between two '---' lines, or "
        "start its text with a '# Title' line",
        "awali berkas dengan front matter berisi 'title: …' di antara dua baris '---', atau "
        "awali teksnya dengan baris '# Judul'",
    ),
    # Markdown habits of other engines and word processors (rich_text.py); `more`
    # counts the other lines like it.
    Problem(
        "M038",
        "'{bullet}' does not start a list item, so the items run into one line{more}",
        "'{bullet}' tidak memulai butir daftar, jadi butir-butirnya menyatu dalam satu baris{more}",
        "start each item with '- ' (or '1. ' for a numbered list)",
        "awali setiap butir dengan '- ' (atau '1. ' untuk daftar bernomor)",
    ),
    Problem(
        "M039",
        "this list follows a line of text without an empty line between them, so it is "
        "read as part of that paragraph{more}",
        "daftar ini mengikuti baris teks tanpa baris kosong di antaranya, jadi daftar ini "
        "dibaca sebagai bagian dari paragraf itu{more}",
        "leave an empty line before the list",
        "sisakan satu baris kosong sebelum daftar",
    ),
    Problem(
        "M040",
        "this item is indented by {spaces} spaces, so it does not become a sub-list{more}",
        "butir ini diindentasi {spaces} spasi, jadi tidak menjadi sub-daftar{more}",
        "indent a sub-list by 4 spaces",
        "indentasikan sub-daftar sebanyak 4 spasi",
    ),
    Problem(
        "M041",
        "this {what} is indented by {spaces} spaces after an empty line, so it is not part "
        "of the list item above: the list ends before it{more}",
        "{what} ini diindentasi {spaces} spasi setelah baris kosong, jadi bukan bagian dari "
        "butir daftar di atasnya: daftarnya berakhir sebelum {what} ini{more}",
        "indent the {what} by 4 spaces to keep it in the item",
        "indentasikan {what} ini sebanyak 4 spasi agar tetap di dalam butir",
    ),
    Problem(
        "M042",
        "the text after this note is not indented by 4 spaces more than the note's first "
        "line, so the note stays empty and the text follows it{more}",
        "teks setelah catatan ini tidak diindentasi 4 spasi lebih dalam dari baris pertama "
        "catatan, jadi catatannya tetap kosong dan teks itu tampil sesudahnya{more}",
        "indent the note's text by 4 spaces",
        "indentasikan teks catatan sebanyak 4 spasi",
    ),
]

PHRASES = [
    # What a link by id names.
    Phrase("materials.kind.module", "module", "modul"),
    Phrase("materials.kind.material", "material page", "halaman materi"),
    Phrase("materials.kind.term", "glossary term", "istilah glosarium"),
    Phrase("materials.kind.worksheet", "worksheet", "lembar kerja"),
    Phrase("materials.kind.cohort", "cohort", "angkatan"),
    Phrase("materials.kind.reference", "reference", "referensi"),
    Phrase("materials.word.image", "image", "gambar"),
    Phrase("materials.word.link", "link", "tautan"),
    # Hints that depend on the case.
    Phrase(
        "materials.hint.page-address",
        "write the module's id and the page's file name: 'materi:<module>/<page>'",
        "tulis id modul dan nama berkas halamannya: 'materi:<module>/<page>'",
    ),
    Phrase(
        "materials.hint.page-by-id",
        "this is the address of a page of the course, which differs from one site to "
        "another: link to it by its id, '{link}'",
        "ini alamat halaman kursus, yang dapat berbeda antarsitus: tautkan dengan id-nya, '{link}'",
    ),
    Phrase(
        "materials.hint.existing-id",
        "use the id of an existing {name}, from {where}",
        "pakai id {name} yang sudah ada, dari {where}",
    ),
    Phrase("materials.where.file-names", "the file names in {folder}", "nama berkas di {folder}"),
    Phrase(
        "materials.hint.headings",
        "link to one of its headings: {headings}",
        "tautkan ke salah satu judul bagiannya: {headings}",
    ),
    Phrase(
        "materials.hint.no-headings",
        "link to one of its headings: it has none",
        "tautkan ke salah satu judul bagiannya: halaman itu tidak memiliki judul bagian",
    ),
    Phrase(
        "materials.hint.pages.no-module",
        "write 'materi:<module>/<page>' with the id of an existing module",
        "tulis 'materi:<module>/<page>' dengan id modul yang sudah ada",
    ),
    Phrase(
        "materials.hint.pages.none",
        "the module '{module}' has no material pages; link to it as 'module:{module}'",
        "modul '{module}' tidak memiliki halaman materi; tautkan ke modul itu sebagai "
        "'modul:{module}'",
    ),
    Phrase(
        "materials.hint.pages.list",
        "the pages of '{module}' are: {pages}",
        "halaman milik '{module}': {pages}",
    ),
    Phrase(
        "materials.hint.module-link",
        "to link to the module '{module}', write 'module:{module}'",
        "untuk menautkan ke modul '{module}', tulis 'modul:{module}'",
    ),
    Phrase(
        "materials.hint.download-folder",
        "put the file into {folder}/ (the module's own folder, beside its file), or correct "
        "its name (letter case counts)",
        "letakkan berkas itu di {folder}/ (folder modul itu sendiri, di samping berkas modulnya), "
        "atau perbaiki namanya (huruf besar dan kecil dibedakan)",
    ),
    Phrase(
        "materials.hint.plain-svg",
        "export the drawing as plain SVG (in Inkscape: Save As > Plain SVG or Optimized SVG) "
        "without scripts, links or pictures from elsewhere, or save it as PNG",
        "ekspor gambar itu sebagai SVG biasa (di Inkscape: Save As > Plain SVG atau Optimized "
        "SVG) tanpa skrip, tautan, atau gambar dari tempat lain, atau simpan sebagai PNG",
    ),
    Phrase(
        "materials.hint.plain-image",
        "save it again as a plain PNG, JPEG, WebP or GIF file",
        "simpan ulang sebagai berkas PNG, JPEG, WebP, atau GIF biasa",
    ),
    Phrase(
        "materials.hint.plain-file", "replace it with a plain file", "ganti dengan berkas biasa"
    ),
    # A size in megabytes, with the decimal mark of the language.
    Phrase("materials.size.mb", "{whole}.{tenth} MB", "{whole},{tenth} MB"),
    Phrase(
        "materials.more-lines",
        " ({count} more {count:line|lines} like it)",
        " ({count:,} baris lagi seperti ini)",
    ),
    # What fills a front matter key the file itself gives.
    Phrase("materials.given.id", "the file name", "nama berkas"),
    Phrase("materials.given.module", "the folder", "folder"),
    Phrase("materials.given.body", "the text after the front matter", "teks setelah front matter"),
    # Why a figure cannot be shown.
    Phrase(
        "materials.unshown.unreadable",
        "it cannot be read: {reason}",
        "berkas itu tidak dapat dibaca: {reason}",
    ),
    Phrase(
        "materials.unshown.not-image",
        "it is not an image Silabus can read",
        "berkas itu bukan gambar yang dapat dibaca Silabus",
    ),
    Phrase(
        "materials.unshown.image-kind",
        "it is a {kind} image, not PNG, JPEG, WebP or GIF",
        "berkas itu adalah gambar {kind}, bukan PNG, JPEG, WebP, atau GIF",
    ),
    Phrase(
        "materials.unshown.too-large",
        "it is larger than {size} MB",
        "berkas itu lebih besar dari {size} MB",
    ),
    Phrase(
        "materials.unshown.not-utf8",
        "it is not saved as UTF-8",
        "berkas itu tidak disimpan sebagai UTF-8",
    ),
    Phrase(
        "materials.unshown.encoding",
        "it declares the encoding '{encoding}', not UTF-8",
        "berkas itu menyatakan pengodean '{encoding}', bukan UTF-8",
    ),
    Phrase(
        "materials.unshown.instruction",
        "it holds a processing instruction such as <?xml-stylesheet?>",
        "berkas itu berisi instruksi pemrosesan seperti <?xml-stylesheet?>",
    ),
    Phrase(
        "materials.unshown.doctype",
        "it declares a DOCTYPE or entities, which a drawing does not need",
        "berkas itu menyatakan DOCTYPE atau entitas, yang tidak diperlukan oleh gambar",
    ),
    Phrase(
        "materials.unshown.malformed",
        "it is not well-formed SVG ({error})",
        "berkas itu bukan SVG yang tersusun benar ({error})",
    ),
    Phrase(
        "materials.unshown.not-svg",
        "it is not an SVG drawing (an <svg> element in SVG's namespace)",
        "berkas itu bukan gambar SVG (elemen <svg> dalam namespace SVG)",
    ),
    Phrase(
        "materials.unshown.element",
        "it holds a <{name}> element",
        "berkas itu berisi elemen <{name}>",
    ),
    Phrase(
        "materials.unshown.foreign-element",
        "it holds a <{name}> element of another language ({namespace})",
        "berkas itu berisi elemen <{name}> dari bahasa lain ({namespace})",
    ),
    Phrase("materials.unshown.no-namespace", "none", "tidak ada"),
    Phrase(
        "materials.unshown.event",
        "it handles an event ('{name}')",
        "berkas itu menangani peristiwa ('{name}')",
    ),
    Phrase(
        "materials.unshown.outside",
        "it refers to '{value}' outside the drawing",
        "berkas itu merujuk ke '{value}' di luar gambar",
    ),
    Phrase(
        "materials.unshown.foreign-attribute",
        "it has an attribute '{name}' of another language ({namespace})",
        "berkas itu memiliki atribut '{name}' dari bahasa lain ({namespace})",
    ),
    Phrase(
        "materials.unshown.animates",
        "it animates '{value}'",
        "berkas itu menganimasikan '{value}'",
    ),
    Phrase(
        "materials.unshown.style-elements",
        "its <style> element holds other elements",
        "elemen <style> di dalamnya berisi elemen lain",
    ),
    Phrase(
        "materials.unshown.style-outside",
        "its styles refer to something outside the drawing",
        "gaya (style) di dalamnya merujuk ke sesuatu di luar gambar",
    ),
    # Markdown habits: what is indented.
    Phrase("materials.habit.code-block", "code block", "blok kode"),
    Phrase("materials.habit.text", "text", "teks"),
    # Why a text cannot be rendered in reasonable time (see structure_problem).
    Phrase("materials.structure.lines", "more than {count:,} lines", "lebih dari {count:,} baris"),
    Phrase(
        "materials.structure.brackets",
        "more than {count:,} '{bracket}' characters",
        "lebih dari {count:,} karakter '{bracket}'",
    ),
    Phrase(
        "materials.structure.unclosed",
        "so many '[', '](' or '<' that are not closed by ']', ')' or '>', or are closed far "
        "away, that it cannot be read in reasonable time; close them, or put blank lines "
        "between paragraphs",
        "begitu banyak '[', '](', atau '<' yang tidak ditutup dengan ']', ')', atau '>', atau "
        "yang ditutup jauh sekali, sehingga teks tidak dapat dibaca dalam waktu yang wajar; tutup "
        "tanda-tanda itu, atau beri baris kosong di antara paragraf",
    ),
    Phrase(
        "materials.structure.nesting",
        "lists or quotes nested more than {levels} levels deep",
        "daftar atau kutipan yang bersarang lebih dari {levels} tingkat",
    ),
    # What the cleaning of a text leaves out (see rich_text.Removal).
    Phrase("materials.removed.tag", "the HTML tag <{tag}>", "tag HTML <{tag}>"),
    Phrase(
        "materials.removed.tag-text-kept",
        "the HTML tag <{tag}> (its text is kept)",
        "tag HTML <{tag}> (teksnya dipertahankan)",
    ),
    Phrase(
        "materials.removed.attribute",
        "the attribute '{name}' of <{tag}>",
        "atribut '{name}' pada <{tag}>",
    ),
    Phrase(
        "materials.removed.image",
        "the image from '{address}' (not a file of the course)",
        "gambar dari '{address}' (bukan berkas pelatihan ini)",
    ),
    Phrase("materials.removed.link", "the link address '{address}'", "alamat tautan '{address}'"),
    Phrase(
        "materials.removed.style", "the style '{name}' of <{tag}>", "gaya '{name}' pada <{tag}>"
    ),
    Phrase("materials.removed.comment", "an HTML comment", "komentar HTML"),
]
