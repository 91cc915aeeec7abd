/* Indonesian for lunr, the search library of Material for MkDocs: a word of the
 * pages and of the query is also looked up by its root (Snowball's Indonesian
 * stemmer, with corrections), so that "layanan" finds "pelayanan", "melayani" and
 * "dilayani", and "pimpin" finds "kepemimpinan". Material's search worker loads
 * this file (as lunr/min/lunr.id.min.js) after snowball-indonesian.js, which
 * comes first in the same file, when the site's search language is "id".
 *
 * Each word is indexed as written and by its roots; a word searched for is looked
 * up as typed (with the wildcard Material adds while the reader types) and by its
 * roots, exactly. Results then name the word searched for, not the root that
 * found it, and each place in a page once, so that Material highlights every
 * word found once and does not call the word searched for missing. */
(function () {
  var stemWord = silabusStemIndonesian;
  var has = Object.prototype.hasOwnProperty;

  // Where the algorithm errs, by the word it is given: words that only look
  // prefixed ("media" is not me- + "dia", "peserta" not pe- + "serta"), and
  // words whose root it cannot find.
  var WORDS = {
    peserta: "peserta", pesertanya: "peserta",
    masalah: "masalah", masalahnya: "masalah", permasalahan: "masalah",
    bermasalah: "masalah",
    media: "media", metode: "metode", mereka: "mereka", menteri: "menteri",
    kepala: "kepala", kelompok: "kelompok", kembali: "kembali", ketika: "ketika",
    kemudian: "kemudian", pedoman: "pedoman", perilaku: "perilaku",
    diskusi: "diskusi", disiplin: "disiplin", digital: "digital", dimensi: "dimensi",
    diagnosis: "diagnosis", diagram: "diagram", pegawai: "pegawai",
    kepegawaian: "pegawai", nilai: "nilai", nilainya: "nilai", menilai: "nilai",
    dinilai: "nilai", penilai: "nilai", penilaian: "nilai", terampil: "terampil",
    keterampilan: "terampil", berlaku: "laku", bertemu: "temu", bertanya: "tanya",
    berjumlah: "jumlah", pemangku: "pangku", mentoring: "mentor",
    kepada: "kepada", ketua: "ketua", teori: "teori", perintah: "perintah",
    pemerintah: "perintah", pemerintahan: "perintah", materi: "materi",
    memori: "memori", kategori: "kategori", kriteria: "kriteria",
  };
  // ... and by the root it gives.
  var ROOTS = { mimpin: "pimpin", pentor: "mentor" };

  // meN- and peN- drop the first letter of some roots: menulis (tulis), mengelola
  // (kelola). The algorithm leaves the rest ("ulis", "elola"); the letter it may
  // have been is added as another root.
  var DROPPED = [
    [/^(?:men|pen)[aiueo]/, ["t", "n"]],
    [/^(?:meng|peng)[aiueo]/, ["k"]],
  ];

  // Only words of Latin letters, long enough to carry an affix, have roots;
  // shorter roots than this are too often another word.
  var INDONESIAN_WORD = /^[a-z]{4,}$/;
  var SHORTEST_ROOT = 3;

  var found = new Map();
  function roots(word) {
    var known = found.get(word);
    if (known !== undefined) return known;
    var all = [];
    if (!INDONESIAN_WORD.test(word)) {
      found.set(word, all);
      return all;
    }
    if (has.call(WORDS, word)) {
      all.push(WORDS[word]);
    } else {
      var root = stemWord(word);
      if (has.call(ROOTS, root)) root = ROOTS[root];
      all.push(root);
      if (/^[aiueo]/.test(root)) {
        for (var i = 0; i < DROPPED.length; i++) {
          if (!DROPPED[i][0].test(word)) continue;
          for (var j = 0; j < DROPPED[i][1].length; j++) all.push(DROPPED[i][1][j] + root);
        }
      }
    }
    all = all.filter(function (root, index) {
      return root.length >= SHORTEST_ROOT && root !== word && all.indexOf(root) === index;
    });
    found.set(word, all);
    return all;
  }

  lunr.id = function () {
    this.pipeline.reset();
    this.pipeline.add(lunr.id.trimmer, lunr.id.stemmer);
    if (this.searchPipeline) {
      this.searchPipeline.reset();
      this.searchPipeline.add(lunr.id.stemmer);
    }
  };

  // Punctuation off either end of a word, letters of any script kept (lunr's own
  // trimmer keeps only a-z, which would leave "café" as "caf").
  lunr.id.trimmer = function (token) {
    return token.update(function (word) {
      return word.replace(/^[^\p{L}\p{N}]+/u, "").replace(/[^\p{L}\p{N}]+$/u, "");
    });
  };
  lunr.Pipeline.registerFunction(lunr.id.trimmer, "trimmer-id");

  var WILDCARDS = /^(\**)(.*?)(\**)$/;
  var PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  // A word searched for without the punctuation typed around it, as the words of
  // the pages were indexed; its wildcards kept.
  function tidy(term) {
    var parts = WILDCARDS.exec(term);
    return parts[1] + parts[2].replace(PUNCTUATION, "") + parts[3];
  }
  function core(term) {
    return WILDCARDS.exec(tidy(term))[2].toLowerCase();
  }

  // The word as written (a search keeps its wildcards; punctuation typed around
  // it goes, as it went when the pages were indexed), then its roots, exactly.
  lunr.id.stemmer = function (token) {
    token.update(tidy);
    var more = roots(core(token.toString()));
    return [token].concat(
      more.map(function (root) {
        return token.clone(function () {
          return root;
        });
      })
    );
  };
  lunr.Pipeline.registerFunction(lunr.id.stemmer, "stemmer-id");

  function usesRoots(index) {
    return index.pipeline._stack.indexOf(lunr.id.stemmer) !== -1;
  }

  // lunr looks up a word with a wildcard as typed, past the search pipeline; here
  // the pipeline sees it too. A word that must be in a page ("word", +word) is
  // looked up by its root alone, so that either form counts; a word that must not
  // be (-word) only as written.
  var query = lunr.Index.prototype.query;
  lunr.Index.prototype.query = function (build) {
    if (!usesRoots(this)) return query.call(this, build);
    var index = this;
    var asked = [];
    var results = query.call(this, function (found) {
      build.call(found, found);
      for (var i = 0; i < found.clauses.length; i++) {
        var clause = found.clauses[i];
        var word = core(clause.term);
        asked.push(word);
        if (clause.presence === lunr.Query.presence.PROHIBITED) {
          clause.term = tidy(clause.term);
          clause.usePipeline = false;
        } else if (clause.presence === lunr.Query.presence.REQUIRED) {
          var best = widest(index, [word].concat(roots(word)));
          if (best !== word) {
            clause.term = best;
            clause.wildcard = lunr.Query.wildcard.NONE;
          } else {
            clause.term = tidy(clause.term);
          }
          clause.usePipeline = false;
        } else {
          clause.usePipeline = true;
        }
      }
    });
    for (var r = 0; r < results.length; r++) credit(results[r].matchData.metadata, asked);
    return results;
  };

  // Of a word and its roots, the one the most pages are indexed by: a word that
  // must be in a page is looked up by that one alone, since lunr asks a page to
  // hold every form a required word is looked up by.
  function widest(index, forms) {
    var best = forms[0];
    var most = -1;
    for (var i = 0; i < forms.length; i++) {
      var posting = index.invertedIndex[forms[i]];
      if (!posting) continue;
      var pages = 0;
      for (var field in posting) if (field !== "_index") pages += Object.keys(posting[field]).length;
      if (pages > most) {
        best = forms[i];
        most = pages;
      }
    }
    return best;
  }

  // The word searched for as the one found, where a root of it found the page; each
  // place found once.
  function credit(metadata, asked) {
    var terms = Object.keys(metadata);
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t];
      for (var a = 0; a < asked.length; a++) {
        var word = asked[a];
        if (term === word || term.indexOf(word) === 0 || roots(word).indexOf(term) === -1) continue;
        var into = metadata[word] || (metadata[word] = Object.create(null));
        var fields = Object.keys(metadata[term]);
        for (var f = 0; f < fields.length; f++) {
          var field = fields[f];
          var from = metadata[term][field];
          var to = into[field] || (into[field] = Object.create(null));
          var keys = Object.keys(from);
          for (var k = 0; k < keys.length; k++) {
            to[keys[k]] = (to[keys[k]] || []).concat(from[keys[k]]);
          }
        }
        delete metadata[term];
        break;
      }
    }
    var seen = Object.create(null);
    var left = Object.keys(metadata);
    for (var i = 0; i < left.length; i++) {
      var byField = metadata[left[i]];
      var names = Object.keys(byField);
      for (var n = 0; n < names.length; n++) {
        var places = byField[names[n]].position;
        if (!places) continue;
        byField[names[n]].position = places.filter(function (place) {
          if (place === undefined || place === null) return true; // a word of a list
          // Material gives a place as one number, lunr as [start, length].
          var key = names[n] + ":" + String(place);
          if (seen[key]) return false;
          seen[key] = true;
          return true;
        });
      }
    }
  }

  lunr.id.roots = roots; // for tests
})();
