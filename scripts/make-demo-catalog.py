#!/usr/bin/env python3
"""Writes resources/demo/catalog.csv: the offline demo's catalog.

The first rows (KNOWN) are the original demo titles with real edition ISBNs.
The further public-domain classics (MORE) carry made-up ISBN-13s: 978-prefixed,
with a valid check digit, derived deterministically from the row number, so
they scan and import like real ones but do not name a real edition.
Prices and stock levels are deterministic too (some titles sold out, some
with a last copy), so the demo always shows the same shop.

Run: python3 scripts/make-demo-catalog.py   (then scripts/make-demo-covers.py)
"""
import csv
import hashlib
import io
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CSV = ROOT / "resources" / "demo" / "catalog.csv"

MORE = [
    ("The Adventures of Tom Sawyer", "Mark Twain"),
    ("A Connecticut Yankee in King Arthur's Court", "Mark Twain"),
    ("The Prince and the Pauper", "Mark Twain"),
    ("Little Women", "Louisa May Alcott"),
    ("The Last of the Mohicans", "James Fenimore Cooper"),
    ("Uncle Tom's Cabin", "Harriet Beecher Stowe"),
    ("The House of the Seven Gables", "Nathaniel Hawthorne"),
    ("Walden", "Henry David Thoreau"),
    ("Leaves of Grass", "Walt Whitman"),
    ("The Red Badge of Courage", "Stephen Crane"),
    ("The Awakening", "Kate Chopin"),
    ("The Age of Innocence", "Edith Wharton"),
    ("The House of Mirth", "Edith Wharton"),
    ("Ethan Frome", "Edith Wharton"),
    ("The Call of the Wild", "Jack London"),
    ("White Fang", "Jack London"),
    ("The Sea-Wolf", "Jack London"),
    ("The Turn of the Screw", "Henry James"),
    ("The Portrait of a Lady", "Henry James"),
    ("Washington Square", "Henry James"),
    ("Daisy Miller", "Henry James"),
    ("The Jungle", "Upton Sinclair"),
    ("My Ántonia", "Willa Cather"),
    ("O Pioneers!", "Willa Cather"),
    ("The Wonderful Wizard of Oz", "L. Frank Baum"),
    ("Anne of Green Gables", "L. M. Montgomery"),
    ("The Secret Garden", "Frances Hodgson Burnett"),
    ("A Little Princess", "Frances Hodgson Burnett"),
    ("Little Lord Fauntleroy", "Frances Hodgson Burnett"),
    ("Peter Pan", "J. M. Barrie"),
    ("The Wind in the Willows", "Kenneth Grahame"),
    ("The Jungle Book", "Rudyard Kipling"),
    ("Kim", "Rudyard Kipling"),
    ("Just So Stories", "Rudyard Kipling"),
    ("Black Beauty", "Anna Sewell"),
    ("Heidi", "Johanna Spyri"),
    ("Through the Looking-Glass", "Lewis Carroll"),
    ("The Adventures of Pinocchio", "Carlo Collodi"),
    ("The Swiss Family Robinson", "Johann David Wyss"),
    ("The Railway Children", "E. Nesbit"),
    ("Five Children and It", "E. Nesbit"),
    ("The Hound of the Baskervilles", "Arthur Conan Doyle"),
    ("A Study in Scarlet", "Arthur Conan Doyle"),
    ("The Sign of the Four", "Arthur Conan Doyle"),
    ("The Adventures of Sherlock Holmes", "Arthur Conan Doyle"),
    ("The Memoirs of Sherlock Holmes", "Arthur Conan Doyle"),
    ("The Lost World", "Arthur Conan Doyle"),
    ("The Moonstone", "Wilkie Collins"),
    ("The Invisible Man", "H. G. Wells"),
    ("The Island of Doctor Moreau", "H. G. Wells"),
    ("The First Men in the Moon", "H. G. Wells"),
    ("Twenty Thousand Leagues Under the Seas", "Jules Verne"),
    ("Around the World in Eighty Days", "Jules Verne"),
    ("Journey to the Centre of the Earth", "Jules Verne"),
    ("From the Earth to the Moon", "Jules Verne"),
    ("The Mysterious Island", "Jules Verne"),
    ("The Three Musketeers", "Alexandre Dumas"),
    ("The Man in the Iron Mask", "Alexandre Dumas"),
    ("The Hunchback of Notre-Dame", "Victor Hugo"),
    ("The Red and the Black", "Stendhal"),
    ("The Charterhouse of Parma", "Stendhal"),
    ("Père Goriot", "Honoré de Balzac"),
    ("Eugénie Grandet", "Honoré de Balzac"),
    ("Germinal", "Émile Zola"),
    ("Nana", "Émile Zola"),
    ("Thérèse Raquin", "Émile Zola"),
    ("Sentimental Education", "Gustave Flaubert"),
    ("Candide", "Voltaire"),
    ("Dangerous Liaisons", "Pierre Choderlos de Laclos"),
    ("The Phantom of the Opera", "Gaston Leroux"),
    ("Bel-Ami", "Guy de Maupassant"),
    ("Cyrano de Bergerac", "Edmond Rostand"),
    ("Tartuffe", "Molière"),
    ("The Misanthrope", "Molière"),
    ("Phèdre", "Jean Racine"),
    ("Les Fleurs du mal", "Charles Baudelaire"),
    ("Twenty Years After", "Alexandre Dumas"),
    ("The Idiot", "Fyodor Dostoyevsky"),
    ("Notes from Underground", "Fyodor Dostoyevsky"),
    ("Demons", "Fyodor Dostoyevsky"),
    ("The Death of Ivan Ilyich", "Leo Tolstoy"),
    ("Resurrection", "Leo Tolstoy"),
    ("Dead Souls", "Nikolai Gogol"),
    ("The Overcoat", "Nikolai Gogol"),
    ("Fathers and Sons", "Ivan Turgenev"),
    ("A Hero of Our Time", "Mikhail Lermontov"),
    ("Eugene Onegin", "Alexander Pushkin"),
    ("Oblomov", "Ivan Goncharov"),
    ("The Cherry Orchard", "Anton Chekhov"),
    ("Uncle Vanya", "Anton Chekhov"),
    ("The Sorrows of Young Werther", "Johann Wolfgang von Goethe"),
    ("Faust", "Johann Wolfgang von Goethe"),
    ("Effi Briest", "Theodor Fontane"),
    ("The Metamorphosis", "Franz Kafka"),
    ("The Trial", "Franz Kafka"),
    ("The Castle", "Franz Kafka"),
    ("Buddenbrooks", "Thomas Mann"),
    ("Death in Venice", "Thomas Mann"),
    ("Siddhartha", "Hermann Hesse"),
    ("Grimms' Fairy Tales", "Jacob Grimm; Wilhelm Grimm"),
    ("Thus Spoke Zarathustra", "Friedrich Nietzsche"),
    ("Faust: A Fragment", "Johann Wolfgang von Goethe"),
    ("William Tell", "Friedrich Schiller"),
    ("The Robbers", "Friedrich Schiller"),
    ("Nathan the Wise", "Gotthold Ephraim Lessing"),
    ("The Divine Comedy", "Dante Alighieri"),
    ("The Decameron", "Giovanni Boccaccio"),
    ("The Prince", "Niccolò Machiavelli"),
    ("The Betrothed", "Alessandro Manzoni"),
    ("A Doll's House", "Henrik Ibsen"),
    ("Hedda Gabler", "Henrik Ibsen"),
    ("Peer Gynt", "Henrik Ibsen"),
    ("Hunger", "Knut Hamsun"),
    ("Fairy Tales", "Hans Christian Andersen"),
    ("Hamlet", "William Shakespeare"),
    ("Macbeth", "William Shakespeare"),
    ("Romeo and Juliet", "William Shakespeare"),
    ("King Lear", "William Shakespeare"),
    ("Othello", "William Shakespeare"),
    ("The Tempest", "William Shakespeare"),
    ("A Midsummer Night's Dream", "William Shakespeare"),
    ("Twelfth Night", "William Shakespeare"),
    ("The Merchant of Venice", "William Shakespeare"),
    ("Much Ado About Nothing", "William Shakespeare"),
    ("Sonnets", "William Shakespeare"),
    ("Paradise Lost", "John Milton"),
    ("The Canterbury Tales", "Geoffrey Chaucer"),
    ("Le Morte d'Arthur", "Thomas Malory"),
    ("The Pilgrim's Progress", "John Bunyan"),
    ("Doctor Faustus", "Christopher Marlowe"),
    ("Tom Jones", "Henry Fielding"),
    ("Tristram Shandy", "Laurence Sterne"),
    ("Clarissa", "Samuel Richardson"),
    ("Pamela", "Samuel Richardson"),
    ("Moll Flanders", "Daniel Defoe"),
    ("Evelina", "Frances Burney"),
    ("The Vicar of Wakefield", "Oliver Goldsmith"),
    ("She Stoops to Conquer", "Oliver Goldsmith"),
    ("The School for Scandal", "Richard Brinsley Sheridan"),
    ("Ivanhoe", "Walter Scott"),
    ("Rob Roy", "Walter Scott"),
    ("Waverley", "Walter Scott"),
    ("The Mysteries of Udolpho", "Ann Radcliffe"),
    ("The Castle of Otranto", "Horace Walpole"),
    ("Agnes Grey", "Anne Brontë"),
    ("The Tenant of Wildfell Hall", "Anne Brontë"),
    ("Villette", "Charlotte Brontë"),
    ("Shirley", "Charlotte Brontë"),
    ("Cranford", "Elizabeth Gaskell"),
    ("Wives and Daughters", "Elizabeth Gaskell"),
    ("Mary Barton", "Elizabeth Gaskell"),
    ("Adam Bede", "George Eliot"),
    ("Daniel Deronda", "George Eliot"),
    ("Hard Times", "Charles Dickens"),
    ("Little Dorrit", "Charles Dickens"),
    ("Our Mutual Friend", "Charles Dickens"),
    ("The Pickwick Papers", "Charles Dickens"),
    ("A Christmas Carol", "Charles Dickens"),
    ("Nicholas Nickleby", "Charles Dickens"),
    ("Dombey and Son", "Charles Dickens"),
    ("Barchester Towers", "Anthony Trollope"),
    ("The Way We Live Now", "Anthony Trollope"),
    ("Jude the Obscure", "Thomas Hardy"),
    ("The Mayor of Casterbridge", "Thomas Hardy"),
    ("The Return of the Native", "Thomas Hardy"),
    ("Lady Audley's Secret", "Mary Elizabeth Braddon"),
    ("The Importance of Being Earnest", "Oscar Wilde"),
    ("Lady Windermere's Fan", "Oscar Wilde"),
    ("The Happy Prince and Other Tales", "Oscar Wilde"),
    ("Lord Jim", "Joseph Conrad"),
    ("Nostromo", "Joseph Conrad"),
    ("The Secret Agent", "Joseph Conrad"),
    ("King Solomon's Mines", "H. Rider Haggard"),
    ("She", "H. Rider Haggard"),
    ("The Prisoner of Zenda", "Anthony Hope"),
    ("The Thirty-Nine Steps", "John Buchan"),
    ("The Scarlet Pimpernel", "Baroness Orczy"),
    ("Three Men in a Boat", "Jerome K. Jerome"),
    ("The Master of Ballantrae", "Robert Louis Stevenson"),
    ("Howards End", "E. M. Forster"),
    ("A Room with a View", "E. M. Forster"),
    ("Sons and Lovers", "D. H. Lawrence"),
    ("The Rainbow", "D. H. Lawrence"),
    ("Dubliners", "James Joyce"),
    ("A Portrait of the Artist as a Young Man", "James Joyce"),
    ("Ulysses", "James Joyce"),
    ("The Good Soldier", "Ford Madox Ford"),
    ("The Voyage Out", "Virginia Woolf"),
    ("Mrs Dalloway", "Virginia Woolf"),
    ("The Great Gatsby", "F. Scott Fitzgerald"),
    ("This Side of Paradise", "F. Scott Fitzgerald"),
    ("Main Street", "Sinclair Lewis"),
    ("The Souls of Black Folk", "W. E. B. Du Bois"),
    ("Narrative of the Life of Frederick Douglass", "Frederick Douglass"),
    ("Tales of Mystery and Imagination", "Edgar Allan Poe"),
    ("The Legend of Sleepy Hollow", "Washington Irving"),
    ("Meditations", "Marcus Aurelius"),
    ("The Republic", "Plato"),
    ("The Aeneid", "Virgil"),
    ("Metamorphoses", "Ovid"),
    ("Oedipus Rex", "Sophocles"),
    ("The Art of War", "Sun Tzu"),
    ("The Tale of Genji", "Murasaki Shikibu"),
    ("One Thousand and One Nights", "Anonymous"),
    ("Beowulf", "Anonymous"),
    ("The Origin of Species", "Charles Darwin"),
    ("The Wealth of Nations", "Adam Smith"),
    ("A Vindication of the Rights of Woman", "Mary Wollstonecraft"),
    ("Poems", "Emily Dickinson"),
    ("The Rime of the Ancient Mariner", "Samuel Taylor Coleridge"),
]

PRICES = [499, 599, 699, 799, 899, 999, 1099, 1199, 1299, 1499, 1699, 1999]


def check_digit(first12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def made_up_isbn(row: int) -> str:
    # 978-3-9999 is not a registrant range in use for these titles; the
    # number only has to be well-formed for the demo.
    first12 = "97839999" + f"{row:04d}"
    return first12 + check_digit(first12)


def digest(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def main() -> None:
    with CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    # Keep the original rows (real ISBNs) and rebuild the rest.
    known = [r for r in body if not r[0].startswith("97839999")]
    header = ["isbn", "title", "authors", "price", "currency", "stock", "cover_path"]
    out = []
    seen = set()
    for r in known:
        r = (r + [""] * 7)[:7]
        r[6] = f":/covers/{r[0]}.jpg"
        out.append(r)
        seen.add((r[1], r[2]))
    for number, (title, author) in enumerate(MORE, start=1):
        if (title, author) in seen:
            continue
        seen.add((title, author))
        h = digest(title + author)
        price = PRICES[h % len(PRICES)]
        # Every 17th title sold out, every 13th the last copy.
        stock = 0 if number % 17 == 0 else 1 if number % 13 == 0 else 2 + h % 19
        isbn = made_up_isbn(number)
        out.append([isbn, title, author, f"{price // 100}.{price % 100:02d}", "EUR", str(stock),
                    f":/covers/{isbn}.jpg"])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(out)
    CSV.write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{len(out)} titles written to {CSV.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
