"""What the commands say besides problems: help, progress, refusals."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS: list[Problem] = []

PHRASES: list[Phrase] = []

# Writing files in a checkout that may be hostile (silabus.files).
PHRASES += [
    Phrase(
        "files.link",
        "{path} is a symbolic link, and Silabus never writes through one; replace the link "
        "with a real file, or write somewhere else",
        "{path} adalah tautan simbolik, dan Silabus tidak pernah menulis melalui tautan; "
        "ganti tautan itu dengan berkas sungguhan, atau tulis di tempat lain",
    ),
    Phrase(
        "files.link.nowhere",
        "{path} is a link to a place that does not exist; delete the link",
        "{path} adalah tautan ke tempat yang tidak ada; hapus tautan itu",
    ),
    Phrase(
        "files.link.circle",
        "{path} is a link that leads in a circle; delete the link",
        "{path} adalah tautan yang arahnya berputar membentuk lingkaran; hapus tautan itu",
    ),
    Phrase(
        "files.link.outside",
        "{path} is a link to {real}, outside the project or into a hidden folder of it, and "
        "Silabus writes only inside the project; replace the link with a real folder, or "
        "write somewhere else",
        "{path} adalah tautan ke {real}, di luar proyek atau ke folder tersembunyi di "
        "dalamnya, dan Silabus hanya menulis di dalam proyek; ganti tautan itu dengan folder "
        "sungguhan, atau tulis di tempat lain",
    ),
    Phrase(
        "files.not-a-folder",
        "{path} is not a folder; Silabus replaces only a folder",
        "{path} bukan folder; Silabus hanya mengganti folder",
    ),
    Phrase(
        "files.busy",
        "other builds keep replacing it",
        "pembuatan situs lain terus menggantinya",
    ),
    Phrase(
        "files.not-a-file",
        "not a regular file (a pipe, a device or a folder)",
        "bukan berkas biasa (melainkan pipe, perangkat, atau folder)",
    ),
    Phrase(
        "files.cannot-write",
        "cannot write {path}: {reason}",
        "tidak dapat menulis {path}: {reason}",
    ),
]

# `silabus new` (silabus.scaffold).
PHRASES += [
    Phrase("scaffold.kind.module", "module", "modul"),
    Phrase("scaffold.kind.cohort", "cohort", "angkatan"),
    Phrase(
        "scaffold.id.device",
        "'{id}' is a name Windows reserves for a device, so no file or folder can be called "
        "that; choose another {kind} id, such as '{id}-1'",
        "'{id}' adalah nama yang dicadangkan Windows untuk perangkat, sehingga tidak ada berkas "
        "atau folder yang dapat diberi nama itu; pilih id {kind} lain, misalnya '{id}-1'",
    ),
    Phrase(
        "scaffold.id.invalid",
        "'{id}' cannot be a {kind} id: use lowercase letters, digits and single hyphens, "
        "for example '{example}'",
        "'{id}' tidak dapat menjadi id {kind}: pakai huruf kecil, angka, dan tanda hubung "
        "tunggal, misalnya '{example}'",
    ),
    Phrase(
        "scaffold.id.index",
        "'index' cannot be the id of a {kind}; choose another id",
        "'index' tidak dapat dipakai sebagai id {kind}; pilih id lain",
    ),
    Phrase(
        "scaffold.taken",
        "{path} already exists; nothing was changed. Choose another id, or edit that file",
        "{path} sudah ada; tidak ada yang diubah. Pilih id lain, atau sunting berkas itu",
    ),
    Phrase(
        "scaffold.exists",
        "{path} already exists; nothing was changed",
        "{path} sudah ada; tidak ada yang diubah",
    ),
    Phrase(
        "scaffold.unsafe",
        "{reason}; nothing was changed",
        "{reason}; tidak ada yang diubah",
    ),
    Phrase(
        "scaffold.cohort.ends-before-start",
        "the cohort ends ({end}) before it starts ({start})",
        "angkatan berakhir ({end}) sebelum dimulai ({start})",
    ),
    Phrase(
        "scaffold.title.one-line",
        "the title must be one line of text, for example 'Uji Coba'",
        "judul harus berupa satu baris teks, misalnya 'Uji Coba'",
    ),
    Phrase(
        "scaffold.program.missing",
        "{path} is missing: a module is added to an agenda of the program",
        "{path} tidak ada: modul baru ditambahkan ke salah satu agenda program",
    ),
    Phrase(
        "scaffold.program.unreadable",
        "{path} cannot be read as a curriculum file, so nothing was changed; fix it first "
        "(`silabus validate` shows every problem), then run this again\n{problem}",
        "{path} tidak dapat dibaca sebagai berkas kurikulum, jadi tidak ada yang diubah; "
        "perbaiki dulu (`silabus validate` menampilkan setiap masalah), lalu jalankan "
        "perintah ini lagi\n{problem}",
    ),
    Phrase(
        "scaffold.cannot-read",
        "cannot read {path}: {reason}",
        "tidak dapat membaca {path}: {reason}",
    ),
    Phrase(
        "scaffold.program.not-yaml",
        "{path} is not valid YAML; run `silabus validate` to see where",
        "{path} bukan YAML yang sah; jalankan `silabus validate` untuk melihat letak kesalahannya",
    ),
    Phrase(
        "scaffold.module.listed",
        "'{module}' is already listed in the agenda '{agenda}' of {path}; a module belongs "
        "to one agenda",
        "'{module}' sudah tercantum di agenda '{agenda}' dalam {path}; satu modul hanya "
        "masuk ke satu agenda",
    ),
    Phrase(
        "scaffold.module.by-hand",
        "cannot add '{module}' to {path} without changing its layout; add it to the modules "
        "of the agenda '{agenda}' by hand",
        "tidak dapat menambahkan '{module}' ke {path} tanpa mengubah tata letaknya; "
        "tambahkan sendiri ke daftar modul agenda '{agenda}'",
    ),
    Phrase(
        "scaffold.module.by-hand-program",
        "cannot add '{module}' to {path} without changing its layout; add it to the "
        "program's 'modules' by hand",
        "tidak dapat menambahkan '{module}' ke {path} tanpa mengubah tata letaknya; "
        "tambahkan sendiri ke daftar 'modules' program",
    ),
    Phrase(
        "scaffold.agenda.needed",
        "{path} groups its modules in agendas: say which one with --agenda ({agendas})",
        "{path} mengelompokkan modulnya dalam agenda: sebutkan agendanya dengan --agenda "
        "({agendas})",
    ),
    Phrase(
        "scaffold.agenda.flat",
        "{path} lists its modules directly, without agendas: leave out --agenda {agenda}",
        "{path} mencantumkan modulnya langsung, tanpa agenda: jangan tulis --agenda {agenda}",
    ),
    Phrase(
        "scaffold.program.no-modules",
        "{path} has no list of modules: name an agenda with --agenda, or, for a program "
        "without agendas, add 'modules: []' to it, then run this again",
        "{path} tidak memiliki daftar modul: sebutkan agenda dengan --agenda, atau, untuk "
        "program tanpa agenda, tambahkan 'modules: []', lalu jalankan perintah ini lagi",
    ),
    Phrase(
        "scaffold.agenda.unknown",
        "{path} has no agenda '{agenda}'.{known}",
        "{path} tidak memiliki agenda '{agenda}'.{known}",
    ),
    Phrase(
        "scaffold.agenda.unknown-meant",
        "{path} has no agenda '{agenda}'; did you mean '{meant}'?{known}",
        "{path} tidak memiliki agenda '{agenda}'; maksud Anda '{meant}'?{known}",
    ),
    Phrase(
        "scaffold.agenda.known",
        " The agendas are: {agendas}.",
        " Agenda yang ada: {agendas}.",
    ),
    Phrase(
        "scaffold.agenda.no-modules",
        "the agenda '{agenda}' in {path} has no list of modules; add 'modules: []' to it, "
        "then run this again",
        "agenda '{agenda}' di {path} tidak memiliki daftar modul; tambahkan 'modules: []' "
        "ke agenda itu, lalu jalankan perintah ini lagi",
    ),
    Phrase(
        "scaffold.not-utf8",
        "the text given holds characters that cannot be saved (not UTF-8); type it again",
        "teks yang diberikan memuat karakter yang tidak dapat disimpan (bukan UTF-8); ketik ulang",
    ),
]

# `silabus init` (silabus.starter).
PHRASES += [
    Phrase(
        "init.cannot-write",
        "cannot write {path}: {reason}; nothing was written",
        "tidak dapat menulis {path}: {reason}; tidak ada yang ditulis",
    ),
    Phrase(
        "init.link",
        "{path} is a link; nothing was written. Give the path of a new folder",
        "{path} adalah tautan simbolik; tidak ada yang ditulis. Berikan jalur folder baru",
    ),
    Phrase(
        "init.not-empty",
        "{path} is not empty (it holds {listed}); nothing was written. Give the path of a "
        "new or empty folder",
        "{path} tidak kosong (berisi {listed}); tidak ada yang ditulis. Berikan jalur folder baru "
        "atau folder kosong",
    ),
    Phrase(
        "init.not-a-folder",
        "{path} exists and is not a folder; nothing was written. Give the path of a new folder",
        "{path} sudah ada dan bukan folder; tidak ada yang ditulis. Berikan jalur folder baru",
    ),
    Phrase(
        "init.made-meanwhile",
        "{name} was made by something else meanwhile",
        "{name} telah dibuat oleh proses lain pada saat yang sama",
    ),
    Phrase(
        "init.no-sample",
        "this installation of Silabus has no sample program; reinstall it",
        "instalasi Silabus ini tidak memiliki program contoh; pasang ulang Silabus",
    ),
]

# `silabus export` (silabus.export).
PHRASES += [
    Phrase(
        "export.cannot-write",
        "cannot write {path}: {reason}; the folder and the folder above it must be writable",
        "tidak dapat menulis {path}: {reason}; folder itu dan folder di atasnya harus dapat "
        "ditulisi",
    ),
    Phrase(
        "export.mixed",
        "{path} would mix generated pages with {folder}; export to a folder outside the "
        "project's docs and curriculum",
        "{path} akan mencampur halaman buatan Silabus dengan {folder}; ekspor ke folder di "
        "luar docs dan curriculum proyek",
    ),
    Phrase(
        "export.link",
        "{path} is a symbolic link; export to a real folder",
        "{path} adalah tautan simbolik; ekspor ke folder sungguhan",
    ),
    Phrase(
        "export.not-a-folder",
        "{path} exists and is not a folder",
        "{path} sudah ada dan bukan folder",
    ),
    Phrase(
        "export.not-empty",
        "{path} is not empty and was not written by `silabus export`; choose an empty or "
        "new folder",
        "{path} tidak kosong dan bukan hasil `silabus export`; pilih folder kosong atau "
        "folder baru",
    ),
]

# `silabus offline` (silabus.engines.offline).
PHRASES += [
    Phrase(
        "offline.theme",
        "the offline copy needs theme 'material' (its search works from files); {file} "
        "sets theme '{theme}'",
        "salinan luring memerlukan tema 'material' (pencariannya bekerja dari berkas); "
        "{file} memakai tema '{theme}'",
    ),
    Phrase(
        "offline.no-plugin",
        "{file} does not use the Silabus plugin, so the site would have no curriculum "
        "pages; add `silabus` to its `plugins:`",
        "{file} tidak memakai plugin Silabus, sehingga situs tidak akan memiliki halaman "
        "kurikulum; tambahkan `silabus` ke `plugins:` di berkas itu",
    ),
    Phrase(
        "offline.mkdocs-stopped",
        "MkDocs stopped: {kind}: {error}",
        "MkDocs berhenti: {kind}: {error}",
    ),
    Phrase(
        "offline.build-stopped",
        "the build stopped; the lines above say why",
        "pembuatan situs berhenti; baris-baris di atas menjelaskan sebabnya",
    ),
    Phrase(
        "offline.properdocs-missing",
        "ProperDocs is not installed; install it with: pip install 'silabus[properdocs]'",
        "ProperDocs belum terpasang; pasang dengan: pip install 'silabus[properdocs]'",
    ),
    Phrase(
        "offline.mkdocs-first",
        "MkDocs was loaded before ProperDocs could take its place",
        "MkDocs sudah dimuat sebelum ProperDocs sempat menggantikannya",
    ),
    Phrase(
        "offline.no-config",
        "{root} has no mkdocs.yml; the offline copy is built from it",
        "{root} tidak memiliki mkdocs.yml; salinan luring dibuat dari berkas itu",
    ),
]

# The site folder of a build (silabus.engines.site_folder).
PHRASES += [
    Phrase(
        "site-folder.link",
        "The site folder {path} is a symbolic link, and Silabus never writes through one; "
        "delete the link (the site is built anew) or set another site_dir",
        "Folder situs {path} adalah tautan simbolik, dan Silabus tidak pernah menulis "
        "melalui tautan; hapus tautan itu (situs akan dibangun ulang) atau atur site_dir lain",
    ),
    Phrase(
        "site-folder.not-a-folder",
        "{path} is not a folder; delete it or set another site_dir",
        "{path} bukan folder; hapus atau atur site_dir lain",
    ),
    Phrase(
        "site-folder.not-a-site",
        "The site folder {path} holds files that are not a built site, and the build "
        "replaces the whole folder; empty it or set another site_dir",
        "Folder situs {path} berisi berkas yang bukan hasil pembuatan situs, padahal "
        "pembuatan situs mengganti seluruh folder; kosongkan folder itu atau atur site_dir "
        "lain",
    ),
    Phrase(
        "site-folder.leftover",
        "The previous site, moved to {path}, could not be deleted; delete that folder yourself",
        "Situs sebelumnya, yang dipindahkan ke {path}, tidak dapat dihapus; hapus sendiri "
        "folder itu",
    ),
]

# The Zensical build (silabus.engines.zensical).
PHRASES += [
    Phrase(
        "zensical.missing",
        "Zensical is not installed; install it with: {command}",
        "Zensical belum terpasang; pasang dengan: {command}",
    ),
    Phrase(
        "zensical.outside",
        "{config} is outside the project folder {root}; build from a settings file of the project",
        "{config} berada di luar folder proyek {root}; bangun situs dari berkas pengaturan "
        "milik proyek",
    ),
    Phrase(
        "zensical.unreadable",
        "{config} cannot be read as a site's settings; `mkdocs build -f {name}` says what "
        "is wrong with it",
        "{config} tidak dapat dibaca sebagai pengaturan situs; `mkdocs build -f {name}` "
        "menunjukkan apa yang salah",
    ),
    Phrase(
        "zensical.folder-name",
        "{key} in {file} must be a folder's name",
        "{key} di {file} harus berupa nama folder",
    ),
    Phrase(
        "zensical.no-docs",
        "docs_dir {docs} is not a folder; create it, or correct docs_dir in {file}",
        "docs_dir {docs} bukan folder; buat folder itu, atau perbaiki docs_dir di {file}",
    ),
    Phrase(
        "zensical.nested",
        "site_dir {site} and docs_dir {docs} are inside one another, so each build would "
        "publish the previous one; choose a site_dir beside docs_dir",
        "site_dir {site} dan docs_dir {docs} berada satu di dalam yang lain, sehingga "
        "setiap pembuatan situs akan ikut menerbitkan hasil sebelumnya; pilih site_dir di "
        "samping docs_dir",
    ),
    Phrase(
        "zensical.link",
        "{path} is a link, and Silabus makes that folder itself; delete the link and build again",
        "{path} adalah tautan, padahal folder itu dibuat oleh Silabus sendiri; hapus "
        "tautan itu, lalu bangun situs lagi",
    ),
    Phrase(
        "zensical.busy",
        "another {command} is using {path} for {file}; wait for it to end, or stop it, and "
        "try again",
        "ada {command} lain yang sedang memakai {path} untuk {file}; tunggu sampai selesai, atau "
        "hentikan, lalu coba lagi",
    ),
    Phrase(
        "zensical.build-or-serve",
        "`silabus build` or `silabus serve`",
        "`silabus build` atau `silabus serve`",
    ),
    Phrase(
        "zensical.stopped",
        "Zensical stopped the build; {site} is as it was. The lines above say why.",
        "Zensical menghentikan pembuatan situs; {site} tetap seperti semula. Baris-baris "
        "di atas menjelaskan sebabnya.",
    ),
    Phrase(
        "zensical.unwritable",
        "cannot write the build folder {path}: {reason}; the project folder must be writable",
        "tidak dapat menulis folder pembuatan situs {path}: {reason}; folder proyek harus dapat "
        "ditulisi",
    ),
    Phrase(
        "zensical.changed",
        "Silabus: a file changed; the pages are made again.",
        "Silabus: ada berkas yang berubah; halaman dibuat ulang.",
    ),
    Phrase(
        "zensical.not-utf8",
        "{path} is not UTF-8 text; save it as UTF-8 and build again",
        "{path} bukan teks UTF-8; simpan sebagai UTF-8, lalu bangun situs lagi",
    ),
    Phrase(
        "zensical.outside-build",
        "refusing to write outside the build folder: {path}",
        "menolak menulis di luar folder pembuatan situs: {path}",
    ),
    Phrase(
        "zensical.in-place-mount",
        "The new site is in {site}/ (written in place: a mount point)",
        "Situs baru ada di {site}/ (ditulis langsung di tempatnya: sebuah mount point)",
    ),
    Phrase(
        "zensical.cannot-stage",
        "cannot build the site beside {site}: {reason}",
        "tidak dapat membangun situs di samping {site}: {reason}",
    ),
    Phrase(
        "zensical.cannot-replace",
        "the new site could not replace {site}: {reason}",
        "situs baru tidak dapat menggantikan {site}: {reason}",
    ),
    Phrase(
        "zensical.in-place",
        "The new site is in place in {site}/",
        "Situs baru sudah terpasang di {site}/",
    ),
]

# The MkDocs plugin (silabus.engines.mkdocs).
PHRASES += [
    Phrase(
        "mkdocs.twice",
        "{file} adds Silabus more than once ({names}), which would make every page twice; "
        "name `silabus` once in `plugins:`{hooks}",
        "{file} menambahkan Silabus lebih dari sekali ({names}), sehingga setiap halaman "
        "akan dibuat dua kali; sebut `silabus` sekali saja di `plugins:`{hooks}",
    ),
    Phrase(
        "mkdocs.twice.hooks",
        " and remove {hooks} from `hooks:`",
        " dan hapus {hooks} dari `hooks:`",
    ),
    Phrase(
        "mkdocs.unwritten",
        "The site could not be written: {reason}{where}{unchanged}. Make room or fix the "
        "permissions, then build again.",
        "Situs tidak dapat ditulis: {reason}{where}{unchanged}. Kosongkan ruang disk atau "
        "perbaiki izin aksesnya, lalu bangun situs lagi.",
    ),
    Phrase(
        "mkdocs.unchanged",
        "; {site} is as it was",
        "; {site} tetap seperti semula",
    ),
    Phrase(
        "mkdocs.stopped",
        "The build stopped: {kind}: {error}{unchanged}. A plugin or template of the site "
        "failed; `mkdocs build --verbose` shows where.",
        "Pembuatan situs berhenti: {kind}: {error}{unchanged}. Sebuah plugin atau templat "
        "situs gagal; `mkdocs build --verbose` menunjukkan letaknya.",
    ),
    Phrase(
        "mkdocs.cannot-stage",
        "Cannot build the site beside {site}: {reason}. The folder above it must be writable.",
        "Tidak dapat membangun situs di samping {site}: {reason}. Folder di atasnya harus dapat "
        "ditulisi.",
    ),
    Phrase(
        "mkdocs.hidden-leftover",
        "{path} holds hidden files ({names}): a build that was stopped left it, or it came "
        "with the checkout; look at it, then delete that folder",
        "{path} berisi berkas tersembunyi ({names}): folder ini tertinggal dari pembuatan "
        "situs yang terhenti, atau ikut terbawa dari repositori; periksa isinya, lalu hapus "
        "folder itu",
    ),
    Phrase(
        "mkdocs.cannot-replace",
        "The new site is complete in {folder} but could not replace {site}: {reason}. "
        "Check that nothing holds the site folder open and that its folder is writable, "
        "then build again.",
        "Situs baru sudah lengkap di {folder}, tetapi tidak dapat menggantikan {site}: {reason}. "
        "Pastikan tidak ada program yang sedang membuka folder situs dan folder di atasnya dapat "
        "ditulisi, lalu bangun situs lagi.",
    ),
    Phrase(
        "mkdocs.in-place",
        "The new site is in place in {site}/ (built in {folder} beside it, so that a "
        "failed build leaves the previous site as it was)",
        "Situs baru sudah terpasang di {site}/ (dibangun di {folder} di sampingnya, agar "
        "pembuatan situs yang gagal membiarkan situs sebelumnya tetap seperti semula)",
    ),
]

# The tables of `silabus stats` (silabus.stats). "Agenda", "JP" and "kB" are the
# same in both languages, and are written as they are.
PHRASES += [
    Phrase(
        "stats.program",
        "{title}: {jp} JP, {hours} hours (1 JP = {minutes} minutes)",
        "{title}: {jp} JP, {hours} jam (1 JP = {minutes} menit)",
    ),
    Phrase(
        "stats.program.minutes",
        "{title}: {minutes} minutes, {hours} hours",
        "{title}: {minutes} menit, {hours} jam",
    ),
    Phrase("stats.minutes", "Minutes", "Menit"),
    Phrase("stats.minutes-in", "Minutes in {cohort}", "Menit di {cohort}"),
    Phrase("stats.modules", "Modules", "Modul"),
    Phrase("stats.hours", "Hours", "Jam"),
    Phrase("stats.total", "Total", "Jumlah"),
    Phrase("stats.module", "Module", "Modul"),
    Phrase("stats.jp-in", "JP in {cohort}", "JP di {cohort}"),
    Phrase("stats.pages", "Pages", "Halaman"),
    Phrase("stats.for-trainers", "For trainers", "Untuk pelatih"),
    Phrase("stats.figures", "Figures", "Gambar"),
    Phrase("stats.figures-kb", "Figures kB", "Gambar kB"),
    Phrase("stats.downloads", "Downloads", "Unduhan"),
    Phrase("stats.cohort", "Cohort", "Angkatan"),
    Phrase("stats.dates", "Dates", "Tanggal"),
    Phrase("stats.dates.range", "{start} to {end}", "{start} sampai {end}"),
    Phrase("stats.days", "Days", "Hari"),
    Phrase("stats.sessions", "Sessions", "Sesi"),
    Phrase("stats.participants", "Participants", "Peserta"),
    # The site's settings file (engines/settings.py)
    Phrase(
        "settings.audience",
        "extra.silabus.audience in {config} must be {choices}, not {given}; the trainer "
        "build says 'audience: trainer'",
        "extra.silabus.audience di {config} harus berupa {choices}, bukan {given}; situs "
        "pelatih memakai 'audience: trainer'",
    ),
    Phrase(
        "settings.audience-twice",
        "{config} sets the audience twice: 'audience: {plugin}' for the silabus plugin and "
        "'extra.silabus.audience: {extra}'; keep one of them",
        "{config} menetapkan pembaca dua kali: 'audience: {plugin}' untuk plugin silabus dan "
        "'extra.silabus.audience: {extra}'; pertahankan salah satunya",
    ),
    Phrase(
        "settings.inherit-deep",
        "{config} inherits settings through more than {most} files (INHERIT); merge some of them",
        "{config} mewarisi pengaturan melalui lebih dari {most} berkas (INHERIT); gabungkan "
        "sebagian berkas itu",
    ),
    Phrase(
        "settings.inherit-loop",
        "{where}: INHERIT leads back to {file}, in a loop; end the chain of INHERIT",
        "{where}: INHERIT kembali ke {file}, berputar; akhiri rantai INHERIT",
    ),
    Phrase(
        "settings.inherit-outside",
        "{where}: INHERIT names {file}, outside the project folder; Silabus reads settings "
        "only from files of the project: copy that file into it and name the copy",
        "{where}: INHERIT menyebut {file}, di luar folder proyek; Silabus hanya membaca "
        "pengaturan dari berkas proyek: salin berkas itu ke dalam proyek dan sebut salinannya",
    ),
]
