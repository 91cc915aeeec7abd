"""A Carpentries-style lesson as a Silabus project, for the material-page benchmark
(benchmarks/materials.py) and tests/test_lesson.py.

`make_lesson(root)` writes one module, `shell-python`, whose folder holds 14 episodes
as material pages (about 25,000 words of prose in all), 30 figures (PNG drawn with
Pillow and a few SVG drawings, each with its alt text), the lesson's data as a ZIP
file to download, and links between the episodes both by id
(`materi:shell-python/loops#dry-runs`) and by file name (`loops.md`). The episodes
use what lesson authors write: numbered lists whose items hold fenced code indented
4 spaces, notes and tips with code inside, tables, inline code and emphasis; the
module's key points are written with inline code.

`make_plain_lesson(root)` writes the same episodes as a plain MkDocs project: the
same Markdown as docs/<episode>.md with the figures and data beside them, links by
id written as relative links (`loops.md#dry-runs`), and the repository's mkdocs.yml
(Material, the same Markdown extensions) without the plugin.

Everything comes from a seeded generator, so the same seed gives the same files.

    python -m benchmarks.lesson ROOT [--plain] [--seed N]
"""

from __future__ import annotations

import argparse
import io
import random
import re
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from markdown.extensions.toc import slugify
from PIL import Image, ImageDraw, ImageFont

from benchmarks.synthetic import REPOSITORY

MODULE = "shell-python"
WORDS = 25_000  # prose of the episodes, code left out
FIGURE_LIMIT = 200_000  # bytes; Silabus names heavier figures
DOWNLOAD = "data/shell-lesson-data.zip"
WRAP = 88


@dataclass(frozen=True)
class Spec:
    """What one episode is about: the words its prose and code are made of."""

    id: str
    title: str
    summary: str
    language: str  # of its code: bash or python
    sections: tuple[str, ...]
    tools: tuple[str, ...]  # written as inline code
    concepts: tuple[str, ...]
    facts: tuple[str, ...]  # sentences written for this episode
    figures: int


SPECS = (
    Spec(
        "intro",
        "Introducing the Shell",
        "What a command-line interface is, why researchers use one, and how to open it.",
        "bash",
        (
            "Background",
            "What is a shell?",
            "Opening a terminal",
            "A typical problem",
            "Downloading the lesson data",
            "Getting help with `man`",
        ),
        ("ls", "pwd", "whoami", "man ls", "ls --help", "date", "echo $SHELL", "clear"),
        (
            "the command-line interface",
            "the graphical interface",
            "the prompt",
            "a command",
            "the terminal window",
            "the operating system",
            "a repetitive task",
            "the Bash shell",
        ),
        (
            "Humans and computers commonly interact in many different ways, such as "
            "through a keyboard and mouse, touch screens, or speech recognition.",
            "The shell is a program where users can type commands, and it reads and runs "
            "them one at a time.",
            "Nelle Nemo, a marine biologist, has just returned from a six-month survey of "
            "the North Pacific Gyre, where she sampled gelatinous marine life.",
            "Using the shell will probably take some time and some practice to get used to.",
            "The most popular Unix shell is Bash, the Bourne Again SHell, so named "
            "because it is derived from a shell written by Stephen Bourne.",
        ),
        2,
    ),
    Spec(
        "navigation",
        "Navigating Files and Directories",
        "How to find out where you are in the file system and how to move around in it.",
        "bash",
        (
            "The file system",
            "Where am I? `pwd`",
            "Listing contents with `ls`",
            "Changing directory with `cd`",
            "Absolute and relative paths",
            "Tab completion and shortcuts",
        ),
        ("pwd", "ls -F", "ls -a", "cd ..", "cd ~", "cd -", "ls -l", "/Users/nelle"),
        (
            "the working directory",
            "an absolute path",
            "a relative path",
            "the home directory",
            "the root directory",
            "hidden files",
            "tab completion",
            "the parent directory",
        ),
        (
            "The part of the operating system responsible for managing files and "
            "directories is called the file system.",
            "Directories are like places: at any time while we are using the shell, we "
            "are in exactly one place called our current working directory.",
            "The home directory path will look different on different operating systems.",
            "A leading slash tells the computer to follow the path from the root of the "
            "file system, so it always refers to exactly one directory.",
            "Pressing the Tab key asks the shell to complete the name of a file or "
            "directory for us.",
        ),
        2,
    ),
    Spec(
        "files-dirs",
        "Working With Files and Directories",
        "Creating, copying, moving and removing files and directories from the command line.",
        "bash",
        (
            "Creating directories",
            "Good names for files and directories",
            "Creating a text file with `nano`",
            "Moving and renaming with `mv`",
            "Copying with `cp`",
            "Removing files safely",
        ),
        ("mkdir -p", "nano draft.txt", "mv", "cp -r", "rm -i", "touch", "ls -R", "rmdir"),
        (
            "a text editor",
            "the file name",
            "the file extension",
            "a backup copy",
            "the trash can",
            "an empty directory",
            "a nested directory",
            "the destination directory",
        ),
        (
            "Complicated names of files and directories can make your life painful when "
            "working on the command line.",
            "Nano is a very simple text editor, which means it can only work with plain "
            "character data, not tables, images, or any other human-friendly media.",
            "Deleting is forever: the Unix shell does not have a trash bin that we can "
            "recover deleted files from.",
            "The name of a file is usually made of two parts: the name itself and an "
            "extension that hints at what the file holds.",
            "Moving a file onto an existing name silently replaces the file that was there.",
        ),
        3,
    ),
    Spec(
        "pipes-filters",
        "Pipes and Filters",
        "Combining small commands into pipelines that count, sort and select data.",
        "bash",
        (
            "Counting lines with `wc`",
            "Capturing output in files",
            "Sorting and selecting",
            "Passing output to another command",
            "Building a pipeline",
            "Filtering with `uniq` and `cut`",
        ),
        ("wc -l", "sort -n", "head -n 1", "tail -n 2", "cat", "uniq", "cut -d , -f 2", ">"),
        (
            "a pipe",
            "a filter",
            "standard input",
            "standard output",
            "a redirection",
            "a pipeline",
            "the number of lines",
            "the sorted output",
        ),
        (
            "The idea of linking programs together is why Unix has been so successful.",
            "A filter is a program that transforms a stream of input into a stream of output.",
            "Nothing prevents us from chaining pipes consecutively, and that is where "
            "their real power lies.",
            "The greater than symbol tells the shell to redirect the command's output to "
            "a file instead of printing it to the screen.",
            "Sorting numerically and sorting alphabetically give very different answers "
            "for the same list of numbers.",
        ),
        2,
    ),
    Spec(
        "loops",
        "Loops",
        "Repeating a set of commands for every file in a list with a `for` loop.",
        "bash",
        (
            "Why loops?",
            "Anatomy of a `for` loop",
            "Variables in the shell",
            "Spaces in names",
            "Dry runs",
            "Processing Nelle's files",
        ),
        ("for", "do", "done", "$filename", "${filename}", "echo", "basename", "history"),
        (
            "a loop",
            "the loop variable",
            "a list of files",
            "a wildcard",
            "a dry run",
            "the body of the loop",
            "the command history",
            "a variable",
        ),
        (
            "Loops are a programming construct which allow us to repeat a command or set "
            "of commands for each item in a list.",
            "When the shell sees the keyword for, it knows to repeat a command for each "
            "item in a list.",
            "Inside the loop, we call for the variable's value by putting a dollar sign "
            "in front of it.",
            "A loop is a way to do many things at once, or to make many mistakes at once "
            "if it does the wrong thing.",
            "Using echo in front of a command shows what the loop would run without "
            "actually running it.",
        ),
        2,
    ),
    Spec(
        "shell-scripts",
        "Shell Scripts",
        "Saving commands in a file so that they can be run again with new data.",
        "bash",
        (
            "Writing a script",
            "Running a script with `bash`",
            "Passing arguments",
            "Handling many files with `$@`",
            "Saving recent history",
            "Making scripts safe",
        ),
        (
            "bash middle.sh",
            "$1",
            "$@",
            '"$@"',
            "chmod +x",
            "set -euo pipefail",
            "#!/bin/bash",
            "history | tail -n 5",
        ),
        (
            "a shell script",
            "a command-line argument",
            "a comment",
            "the first line of the script",
            "an executable file",
            "a reusable command",
            "the exit status",
            "quoting",
        ),
        (
            "We are finally ready to see what makes the shell such a powerful programming "
            "environment.",
            "A script is just a text file that contains shell commands, saved so that we "
            "can run them again.",
            "Comments in a script start with a hash sign and are ignored by the computer.",
            "The special variable for all of the command-line arguments is written as a "
            "dollar sign followed by an at sign.",
            "Putting variables in double quotes keeps file names with spaces in one piece.",
        ),
        2,
    ),
    Spec(
        "finding",
        "Finding Things",
        "Searching for text inside files with `grep` and for files themselves with `find`.",
        "bash",
        (
            "Searching inside files with `grep`",
            "Whole words and case",
            "Regular expressions",
            "Finding files with `find`",
            "Combining `find` and `grep`",
            "Binary files and their limits",
        ),
        (
            "grep",
            "grep -w",
            "grep -i",
            "grep -n",
            "grep -E",
            "find . -type d",
            "find . -name '*.txt'",
            "$(find . -name '*.txt')",
        ),
        (
            "a pattern",
            "a regular expression",
            "a match",
            "the search path",
            "a binary file",
            "a case-insensitive search",
            "command substitution",
            "the line number",
        ),
        (
            "In the same way that many of us now use Google as a verb meaning to find, "
            "Unix programmers often use the word grep.",
            "The name grep is a contraction of global, regular expression, print.",
            "While grep finds lines in files, the find command finds files themselves.",
            "Regular expressions are both complex and powerful, and they deserve a lesson "
            "of their own.",
            "The shell expands command substitution before it runs the outer command.",
        ),
        2,
    ),
    Spec(
        "python-basics",
        "Python Fundamentals",
        "Values, variables and the built-in functions of Python.",
        "python",
        (
            "Variables",
            "Types of data",
            "Using variables in Python",
            "Built-in functions",
            "Printing values",
            "Comments and naming",
        ),
        ("weight_kg = 60.3", "print()", "type()", "int", "float", "str", "round()", "help()"),
        (
            "a variable",
            "an integer",
            "a floating point number",
            "a string",
            "an assignment",
            "a built-in function",
            "the data type",
            "the interpreter",
        ),
        (
            "Any Python interpreter can be used as a calculator.",
            "To do anything useful with data, we need to assign its value to a variable.",
            "Variable names can contain letters, digits and underscores, but cannot start "
            "with a digit.",
            "Python knows various types of data, and three common ones are integers, "
            "floating point numbers and strings.",
            "Assigning a value to one variable does not change the values of other variables.",
        ),
        2,
    ),
    Spec(
        "analyzing-data",
        "Analyzing Patient Data",
        "Loading a table of numbers with NumPy and computing statistics over it.",
        "python",
        (
            "Loading data into Python",
            "Arrays and their shape",
            "Indexing and slicing",
            "Analyzing data with NumPy",
            "Operations across axes",
            "Checking for suspicious values",
        ),
        (
            "numpy.loadtxt",
            "data.shape",
            "data[0, 0]",
            "data[0:4, 0:10]",
            "numpy.mean",
            "data.max(axis=0)",
            "numpy.std",
            "import numpy",
        ),
        (
            "an array",
            "the shape of the array",
            "an index",
            "a slice",
            "an axis",
            "the mean value",
            "a library",
            "the inflammation data",
        ),
        (
            "Words are useful, but what is more useful are the sentences and stories we "
            "build with them, and the same is true of Python's building blocks.",
            "Importing a library is like getting a piece of lab equipment out of a "
            "storage locker and setting it up on the bench.",
            "Each row of the data holds the values for a single patient, and each column "
            "holds the values for a single day.",
            "Programming languages like Fortran, MATLAB and R start counting at 1, while "
            "Python starts at 0.",
            "When we ask for the average along an axis, NumPy collapses that axis and "
            "keeps the other one.",
        ),
        2,
    ),
    Spec(
        "visualizing",
        "Visualizing Tabular Data",
        "Plotting heat maps and line charts of the data with Matplotlib.",
        "python",
        (
            "Plotting with Matplotlib",
            "Heat maps",
            "Average inflammation over time",
            "Maximum and minimum",
            "Grouping plots",
            "Saving figures",
        ),
        (
            "matplotlib.pyplot",
            "plt.imshow",
            "plt.plot",
            "plt.show()",
            "fig.add_subplot",
            "plt.savefig",
            "fig.tight_layout()",
            "axes1.set_ylabel",
        ),
        (
            "a heat map",
            "a line plot",
            "the figure",
            "a subplot",
            "the axes",
            "the color scale",
            "the legend",
            "a saved image",
        ),
        (
            "The mathematician Richard Hamming once said that the purpose of computing is "
            "insight, not numbers.",
            "Visualization deserves an entire lecture of its own, but we can explore a "
            "few features of Matplotlib here.",
            "Blue pixels in this heat map represent low values, while yellow pixels "
            "represent high values.",
            "The maximum value rises and falls linearly, while the minimum seems to be a "
            "step function.",
            "Saving a figure to a file lets us put it in a paper without having to redraw it.",
        ),
        3,
    ),
    Spec(
        "python-loops",
        "Repeating Actions with Loops",
        "Doing the same operation on each item of a collection with a Python `for` loop.",
        "python",
        (
            "Why use loops?",
            "`for` loops in Python",
            "The loop variable",
            "Counting with `range`",
            "Accumulating a total",
            "Processing many files with `glob`",
        ),
        ("for", "in", "range()", "len()", "glob.glob", "sorted()", "enumerate()", "total"),
        (
            "a for loop",
            "the loop body",
            "an iteration",
            "a collection",
            "the running total",
            "indentation",
            "the file pattern",
            "the list of file names",
        ),
        (
            "Doing calculations on the values in a list one by one is as painful as "
            "working with each patient's data by hand.",
            "The improved version uses a for loop to repeat an operation once for each "
            "thing in a sequence.",
            "Python uses indentation to decide which lines belong to the body of a loop.",
            "After the loop ends, the loop variable still holds the last value it was given.",
            "The glob library contains a function that finds files whose names match a pattern.",
        ),
        2,
    ),
    Spec(
        "lists",
        "Storing Multiple Values in Lists",
        "Creating, indexing, slicing and changing Python lists.",
        "python",
        (
            "Creating lists",
            "Indexing and slicing lists",
            "Lists are mutable",
            "Nested lists",
            "Changing lists in place",
            "Lists and strings",
        ),
        (
            "odds = [1, 3, 5, 7]",
            "odds[0]",
            "odds[-1]",
            "append()",
            "pop()",
            "reverse()",
            "list()",
            "sorted()",
        ),
        (
            "a list",
            "an element",
            "a nested list",
            "a mutable object",
            "an immutable string",
            "a negative index",
            "a copy of the list",
            "the list method",
        ),
        (
            "Unlike NumPy arrays, lists are built into the language, so we do not have "
            "to load a library to use them.",
            "We create a list by putting values inside square brackets and separating "
            "the values with commas.",
            "Strings cannot be changed after they are created, while lists can be "
            "modified in place.",
            "Two variables can refer to the same list, so changing one of them changes "
            "what the other one shows.",
            "A nested list is like a shelf of boxes, each of which holds its own items.",
        ),
        2,
    ),
    Spec(
        "conditionals",
        "Making Choices",
        "Writing conditional statements with `if`, `elif` and `else`.",
        "python",
        (
            "Conditionals",
            "Comparing values",
            "Combining tests with `and` and `or`",
            "Checking the data for problems",
            "`elif` chains",
            "Truth and falsehood",
        ),
        ("if", "elif", "else", "==", "!=", "and", "or", "in"),
        (
            "a conditional statement",
            "a comparison",
            "a Boolean value",
            "the condition",
            "a branch",
            "an empty string",
            "a suspicious pattern",
            "the flat line",
        ),
        (
            "Our previous lessons have shown us how to manipulate data, define our own "
            "functions, and repeat things, but the programs we have written so far "
            "always do the same things.",
            "An if statement is used to choose between different things to do.",
            "Python evaluates the tests of an elif chain in order and runs only the "
            "first branch whose test is true.",
            "Testing for equality uses two equals signs, because one equals sign means assignment.",
            "Empty strings, empty lists and the number zero are all treated as false.",
        ),
        2,
    ),
    Spec(
        "functions",
        "Creating Functions",
        "Defining, documenting and testing functions that make code reusable.",
        "python",
        (
            "Defining a function",
            "Composing functions",
            "Variable scope",
            "Testing and documenting",
            "Default arguments",
            "Readable functions",
        ),
        (
            "def fahr_to_celsius(temp):",
            "return",
            "help(offset_mean)",
            "numpy.isclose",
            "None",
            "**kwargs",
            "assert",
            "fahr_to_kelvin",
        ),
        (
            "a function",
            "a parameter",
            "the return value",
            "a docstring",
            "a default value",
            "the call stack",
            "a local variable",
            "a test case",
        ),
        (
            "At this point, we have written code to draw some interesting features in "
            "our inflammation data and to loop over all our data files.",
            "Functions let us give a name to a block of code and use it many times.",
            "Real-life functions will usually be larger, but they should seldom be much "
            "longer than about sixty lines.",
            "The variables defined inside a function disappear when the function returns.",
            "Writing the documentation first is a good way to decide what a function should do.",
        ),
        2,
    ),
)

# Prose: sentence patterns filled with each episode's words, an opener now and then,
# never the same sentence twice in the lesson.
_SUBJECTS = (
    "Nelle",
    "a new user",
    "an experienced programmer",
    "the instructor",
    "a careful researcher",
    "her supervisor",
    "a colleague in the lab",
    "each learner",
    "the person at the keyboard",
    "a graduate student",
    "the lab's data manager",
    "a visiting scientist",
)
_SITUATIONS = (
    "a file name contains spaces",
    "the data arrive in a different order",
    "two files share the same name",
    "the command runs in the wrong directory",
    "a colleague sends a new batch of results",
    "the disk is almost full",
    "a script is run twice by mistake",
    "the input file turns out to be empty",
    "the machine at the field station is slow",
    "the results have to be checked again before a deadline",
    "somebody renames a folder without telling anyone",
    "the same analysis must be repeated next month",
)
_WORKFLOWS = (
    "analysis pipeline",
    "data cleaning script",
    "reporting workflow",
    "processing step",
    "quality check",
    "weekly summary",
    "batch job",
    "survey report",
)
_PLACES = ("North Pacific Gyre", "field station", "research vessel", "coastal survey")
_ADJECTIVES = ("important", "careful", "repeatable", "explicit", "predictable", "small")
_PATTERNS = (
    "{Subject} can use {tool} to check {concept} before changing anything.",
    "Typing {tool} shows {concept} directly, so there is no need to guess.",
    "It is worth remembering that {concept} is not the same thing as {concept2}.",
    "The difference between {tool} and {tool2} matters most when {situation}.",
    "When {situation}, {tool} is usually the quickest way to find out what happened.",
    "Most of the time {concept} behaves exactly as expected, but not when {situation}.",
    "{Subject} often forgets about {concept} until {situation}.",
    "A common mistake is to run {tool} without first thinking about {concept}.",
    "If the output looks wrong, run {tool} again and compare the result with {file}.",
    "We will come back to {concept} when we look at {tool2} in more detail.",
    "Try running {tool} on {file} and see whether the result surprises you.",
    "The computer does not ask for confirmation here, so {concept} deserves a moment of attention.",
    "Because {concept} is easy to overlook, many people check it with {tool} out of habit.",
    "Nothing stops you from combining {tool} with {tool2}, and doing so often saves time.",
    "{Subject} had {number} files to process, which made {concept} a practical concern "
    "rather than a theoretical one.",
    "Reading the documentation for {tool} takes a few minutes and prevents hours of "
    "confusion about {concept}.",
    "The result of {tool} depends on {concept}, so the same command can give different "
    "answers in different places.",
    "Experienced users rarely type {tool} by hand more than once; they reuse it from "
    "their history instead.",
    "This is one reason why {concept} appears in almost every real {workflow}.",
    "So far we have only used {tool} on small examples, but it works just as well on "
    "{number} files.",
    "Notice that {tool} prints nothing when it succeeds, and silence usually means "
    "that all went well.",
    "Writing {concept} down in a notebook is a good way to keep track of what changed and why.",
    "There is more than one way to reach the same result, and {tool2} is a perfectly "
    "good alternative to {tool}.",
    "{Subject} decided to test {tool} on a copy of {file} first, which turned out to "
    "be a wise choice.",
    "Keeping {concept} in mind makes the next exercise much easier.",
    "Some learners find {concept} confusing at first, and that is completely normal.",
    "You may want to pause here and try {tool} on your own computer.",
    "Whenever {situation}, stop and check {concept} before going further.",
    "The *{adjective}* part of {concept} is what makes it useful in a {workflow}.",
    "Errors from {tool} are terse, but they almost always name the {noun} that caused the problem.",
    "{Subject} keeps a short list of commands like {tool} and {tool2} next to the monitor.",
    "A good habit is to run {tool} before and after each change, so that {concept} "
    "never drifts unnoticed.",
    "This example is deliberately small, but a {workflow} in a real project follows "
    "exactly the same pattern.",
    "Computers are very good at repeating {concept} many times, while people are good "
    "at deciding what to repeat.",
    "Once {concept} is clear, {tool2} stops looking mysterious.",
    "Read the error message slowly, since it usually says which line and which {noun} "
    "caused the trouble.",
    "With {number} samples from the {place}, Nelle cannot afford to do this by hand.",
    "The lab's {workflow} has to run again whenever a new batch of {number} files arrives.",
    "A quick look at {file} confirms that {concept} is what we expected.",
    "**Always** check {concept} before you delete or overwrite anything.",
    "It helps to say out loud what {tool} is going to do before pressing Enter.",
    "Later episodes build on {concept}, so take the time to get comfortable with it now.",
    "{Subject} found that {tool} answered the question in seconds, where a spreadsheet "
    "had taken an afternoon.",
    "None of this requires special software, because {tool} is available on almost every system.",
    "Different systems show {concept} in slightly different ways, but the underlying "
    "idea is the same.",
    "We can check our understanding by predicting the output of {tool} before running it.",
    "Asking {tool} for {concept} is cheap, and guessing wrong is expensive.",
    "The first time {Subject_lower} used {tool}, {concept} was the part that needed the "
    "most explanation.",
    "Spend a minute comparing {concept} with {concept2}; the contrast is instructive.",
    "A {workflow} that relies on {concept} is easier to explain to a reviewer.",
    "If {situation}, the {adjective} thing to do is to run {tool} and read what it says.",
    "In a {workflow}, {tool} usually appears near the beginning, where it sets up {concept}.",
    "By the end of the day Nelle had run {tool} about {number} times without thinking about it.",
    "There is nothing magical about {concept}; it is simply a convention that everyone agrees on.",
    "Pay attention to {concept} in the next example, because it changes halfway through.",
    "{Subject} prefers {tool2} to {tool}, mostly out of habit, and both are fine.",
    "A sensible first step is to look at {file} and ask what {concept} should be.",
    "Reproducing a result months later is much easier when {concept} was recorded at the time.",
    "The output of {tool} is plain text, which means that other commands can read it too.",
    "We could type the same thing {number} times, but that is exactly what {tool} spares us.",
    "A small typo in {tool} can change {concept} completely, so read commands before you run them.",
    "The documentation calls this {concept}, and the name will appear again and again.",
    "For the rest of this episode we assume that {file} is in the current directory.",
    "Journals increasingly ask for a {workflow} that others can run, and {tool} makes "
    "that possible.",
    "Being *{adjective}* about {concept} pays off the first time something goes wrong.",
    "When in doubt, make a copy of {file} and experiment on the copy.",
    "Remember that {tool} works on {concept}, not on what we see in a graphical window.",
    "If you got a different answer, compare your command with the one above character "
    "by character.",
)
_OPENERS = (
    "In practice, ",
    "For example, ",
    "At this point, ",
    "As a rule, ",
    "In our experience, ",
    "Perhaps surprisingly, ",
    "On most systems, ",
    "Before moving on, ",
    "Put simply, ",
    "To be safe, ",
    "In the same way, ",
    "Sooner or later, ",
)
_PROPER = {"Nelle", "Python", "NumPy", "Matplotlib", "Bash", "Unix"}
_NOUNS = ("file", "line", "variable", "argument", "directory", "value")
_FILES = {
    "bash": (
        "`cubane.pdb`",
        "`animals.csv`",
        "`NENE01729A.txt`",
        "`lengths.txt`",
        "`haiku.txt`",
        "`notes.txt`",
        "`goostats.sh`",
        "`methane.pdb`",
    ),
    "python": (
        "`inflammation-01.csv`",
        "`inflammation-02.csv`",
        "`readings.py`",
        "`small-01.csv`",
        "`analysis.py`",
        "`patients.csv`",
    ),
}


class Prose:
    """Sentences and paragraphs about one episode, none written twice in a lesson."""

    def __init__(self, rng: random.Random, used: set[str]) -> None:
        self.rng = rng
        self.used = used

    def sentence(self, spec: Spec) -> str:
        rng = self.rng
        for _ in range(1000):
            tool, tool2 = rng.sample(spec.tools, 2)
            concept, concept2 = rng.sample(spec.concepts, 2)
            subject = rng.choice(_SUBJECTS)
            text = rng.choice(_PATTERNS).format(
                Subject=subject[0].upper() + subject[1:],
                Subject_lower=subject,
                tool=f"`{tool}`",
                tool2=f"`{tool2}`",
                concept=concept,
                concept2=concept2,
                situation=rng.choice(_SITUATIONS),
                workflow=rng.choice(_WORKFLOWS),
                file=rng.choice(_FILES[spec.language]),
                number=rng.choice((12, 17, 40, 60, 96, 120, 250, 1520, 4000)),
                place=rng.choice(_PLACES),
                adjective=rng.choice(_ADJECTIVES),
                noun=rng.choice(_NOUNS),
            )
            if rng.random() < 0.25:
                first = text.split(" ", 1)[0]
                if first.strip("*") not in _PROPER and not first.startswith("`"):
                    letter = next(i for i, char in enumerate(text) if char.isalpha())
                    text = text[:letter] + text[letter].lower() + text[letter + 1 :]
                text = rng.choice(_OPENERS) + text
            if text not in self.used:
                self.used.add(text)
                return text
        raise RuntimeError("ran out of sentences")

    def unique(self, make: Callable[[], str]) -> str:
        """A sentence from `make` not written before in the lesson."""
        for _ in range(1000):
            text = make()
            if text not in self.used:
                self.used.add(text)
                return text
        raise RuntimeError("ran out of sentences")

    def paragraph(self, spec: Spec, sentences: int, first: str | None = None) -> str:
        parts = [first] if first else []
        parts += [self.sentence(spec) for _ in range(sentences - len(parts))]
        return " ".join(parts)


_LINE_START_HAZARD = re.compile(r"(\d+[.)](\s|$)|[-+*](\s|$)|[>#|=<~]|!!!|```|\?\?\?)")


def wrap(text: str, indent: str = "") -> str:
    """Text wrapped at WRAP columns, code spans kept whole, and no line starting with
    something Markdown would read as the start of a block."""
    protected = re.sub(r"`[^`]*`", lambda found: found.group().replace(" ", "\x00"), text)
    lines = textwrap.wrap(
        protected, WRAP - len(indent), break_long_words=False, break_on_hyphens=False
    )
    kept: list[str] = []
    for line in lines:
        if kept and _LINE_START_HAZARD.match(line):
            kept[-1] += " " + line
        else:
            kept.append(line)
    return "\n".join(indent + line.replace("\x00", " ") for line in kept)


def anchor(heading: str) -> str:
    """The id MkDocs' toc gives a heading: its text (without Markdown marks) slugified."""
    return slugify(re.sub(r"[`*]", "", heading), "-")


# Code: commands and programs made from each language's patterns.
_DIRECTORIES = ("north-pacific-gyre", "exercise-data", "creatures", "molecules", "writing")
_GLOBS = ("*.pdb", "*.txt", "NENE*A.txt", "basilisk.dat minotaur.dat", "*.csv")
_WORDS = ("The", "Day", "Time", "not", "is", "error")
_NAMES = ("Curie", "Darwin", "Turing", "Hopper", "Franklin", "Lovelace", "Noether")


def _bash(rng: random.Random) -> tuple[list[str], list[str]]:
    """A shell command or script, and what it prints (or nothing)."""
    directory = rng.choice(_DIRECTORIES)
    glob = rng.choice(_GLOBS)
    count = rng.randint(2, 20)
    word = rng.choice(_WORDS)
    kind = rng.randrange(12)
    if kind == 0:
        return [f"$ cd ~/Desktop/shell-lesson-data/{directory}", "$ ls -F"], [
            f"NENE01729A.txt  NENE0{1800 + count}A.txt  goostats.sh*  {directory}/"
        ]
    if kind == 1:
        return [f"$ wc -l {glob} | sort -n | head -n {count}"], [
            f"  {9 + n * 3} {name}" for n, name in enumerate(("cubane.pdb", "ethane.pdb"))
        ] + [f" {107 + count} total"]
    if kind == 2:
        return [
            f"$ for filename in {glob}",
            "> do",
            '>     echo "$filename"',
            f'>     head -n {count} "$filename" | tail -n 1',
            "> done",
        ], []
    if kind == 3:
        return [
            "#!/bin/bash",
            "# Select lines from the middle of a file.",
            "# Usage: bash middle.sh filename end_line num_lines",
            "",
            f'head -n "$2" "$1" | tail -n "$3"  # {count} lines at most',
        ], []
    if kind == 4:
        return [
            f'$ grep -n -w "{word}" haiku.txt',
            f'$ grep -E "^{word}" haiku.txt > matches.txt',
        ], [
            f"{count}:{word} bursts into bloom",
            f"{count + 2}:Yesterday it worked. {word} it is not working.",
        ]
    if kind == 5:
        return ["$ find . -name '*.txt' -type f | wc -l", f"$ find {directory} -type d"], [
            f"{count}"
        ]
    if kind == 6:
        return [f"$ mkdir -p {directory}/2024-0{count % 9 + 1}", f"$ ls -FR {directory}"], []
    if kind == 7:
        return [
            f"$ cp {word.lower()}.txt {word.lower()}.txt.bak && mv {word.lower()}.txt.bak backup/",
            "$ ls backup/ 2>&1 | head -n 3",
        ], []
    if kind == 8:
        return [
            f"$ wc -l < {directory}.txt",
            "$ sort -n lengths.txt > sorted-lengths.txt",
            "$ cat sorted-lengths.txt | uniq -c",
        ], [f"      {count} 9", "      1 12", "      2 21"]
    if kind == 9:
        return [
            "$ cut -d , -f 2 animals.csv | sort | uniq -c | sort -rn",
        ], [f"      {count} bear", "      3 deer", "      2 raccoon", "      1 rabbit"]
    if kind == 10:
        return [
            f"for file in {glob}",
            "do",
            '    if [ -s "$file" ] && [ "$(wc -l < "$file")" -lt ' + f"{count * 10} ]",
            "    then",
            '        echo "$file is short"',
            "    fi",
            "done",
        ], []
    return [f"$ history | tail -n {count} > redo-figure-{count % 5 + 1}.sh"], []


def _python(rng: random.Random) -> tuple[list[str], list[str]]:
    """A piece of a Python program, and what it prints (or nothing)."""
    number = rng.randint(2, 99)
    weight = round(rng.uniform(40, 95), 1)
    name = rng.choice(_NAMES)
    kind = rng.randrange(12)
    if kind == 0:
        return [
            f"weight_kg = {weight}",
            "weight_lb = 2.2 * weight_kg",
            "print('weight in pounds:', weight_lb)",
        ], [f"weight in pounds: {round(weight * 2.2, 2)}"]
    if kind == 1:
        return [
            "import numpy",
            "",
            f"data = numpy.loadtxt(fname='inflammation-{number % 12 + 1:02d}.csv', delimiter=',')",
            "print(data.shape)",
        ], ["(60, 40)"]
    if kind == 2:
        return [
            "print('first value in data:', data[0, 0])",
            f"small = data[:3, {number % 40}:]",
            "print('small is:')",
            "print(small)",
        ], []
    if kind == 3:
        return [
            "maxval, minval, stdval = numpy.amax(data), numpy.amin(data), numpy.std(data)",
            "",
            "print('maximum inflammation:', maxval)",
            "print('standard deviation:', stdval)",
        ], ["maximum inflammation: 20.0", f"standard deviation: {4 + number / 100:.2f}"]
    if kind == 4:
        return [
            "import matplotlib.pyplot",
            "",
            f"fig = matplotlib.pyplot.figure(figsize=({number % 5 + 8}.0, 3.0))",
            "axes1 = fig.add_subplot(1, 3, 1)",
            "axes1.set_ylabel('average')",
            "axes1.plot(numpy.mean(data, axis=0))",
            "fig.tight_layout()",
        ], []
    if kind == 5:
        return [
            f"odds = [1, 3, 5, {number | 1}]",
            "for num in odds:",
            "    print(num)",
        ], ["1", "3", "5", f"{number | 1}"]
    if kind == 6:
        return [
            "length = 0",
            f"names = ['Curie', 'Darwin', '{name}']",
            "for value in names:",
            "    length = length + 1",
            "print('There are', length, 'names in the list.')",
        ], ["There are 3 names in the list."]
    if kind == 7:
        return [
            "import glob",
            "",
            "filenames = sorted(glob.glob('inflammation*.csv'))",
            f"for filename in filenames[0:{number % 4 + 2}]:",
            "    print(filename)",
            "    data = numpy.loadtxt(fname=filename, delimiter=',')",
        ], []
    if kind == 8:
        return [
            f"num = {number}",
            "if num > 100:",
            "    print('greater')",
            "elif num == 42:",
            "    print('equal')",
            "else:",
            "    print('not greater')",
            "print('done')",
        ], ["not greater", "done"]
    if kind == 9:
        return [
            "# Sanity check: the maximum of day 0 should be zero",
            "if data.max(axis=0)[0] == 0 and data.max(axis=0)[20] == 20:",
            "    print('Suspicious looking maxima!')",
            "elif data.min(axis=0).sum() == 0:",
            '    print("Minima add up to zero: 0 <= x & x < 1")',
        ], ["Suspicious looking maxima!"]
    if kind == 10:
        return [
            "def fahr_to_celsius(temp):",
            "    return ((temp - 32) * (5/9))",
            "",
            "",
            f"print('freezing point of water:', fahr_to_celsius({32 + number}), 'C')",
        ], []
    return [
        "def offset_mean(data, target_mean_value=0.0):",
        '    """Return a new array containing the original data',
        '    with its mean offset to match the desired value."""',
        "    return (data - numpy.mean(data)) + target_mean_value",
    ], []


def code(rng: random.Random, language: str) -> tuple[list[str], list[str]]:
    return (_bash if language == "bash" else _python)(rng)


def fence(lines: list[str], language: str, indent: str = "") -> str:
    return "\n".join(indent + line if line else "" for line in [f"```{language}", *lines, "```"])


# Figures.
@dataclass(frozen=True)
class Figure:
    path: str  # in the module's folder
    alt: str
    width: int
    height: int
    data: bytes


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType: the fixed bitmap font
        return ImageFont.load_default()


_PALETTE = ((31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189))


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _tree(rng: random.Random, spec: Spec, number: int) -> tuple[Image.Image, str]:
    width, height = 720, 400
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = _font(16)
    root = rng.choice(("/", "/Users", "/Users/nelle", "shell-lesson-data"))
    children = rng.sample(_DIRECTORIES, 3)
    draw.rectangle((300, 30, 420, 70), outline=_PALETTE[0], width=3)
    draw.text((310, 40), root, fill="black", font=font)
    for index, child in enumerate(children):
        left = 40 + index * 230
        draw.line((360, 70, left + 80, 200), fill="gray", width=2)
        draw.rectangle((left, 200, left + 190, 240), outline=_PALETTE[1], width=3)
        draw.text((left + 10, 210), child, fill="black", font=font)
        for leaf in range(index + 1):
            top = 280 + leaf * 35
            draw.line((left + 20, 240, left + 20, top + 15), fill="gray")
            draw.text((left + 30, top), f"file-{leaf + 1}.txt", fill=_PALETTE[2], font=font)
    alt = (
        f"Directory tree with {root} at the top and the folders {children[0]}, "
        f"{children[1]} and {children[2]} below it (figure {number} of {spec.title})"
    )
    return image, alt


def _pipeline(rng: random.Random, spec: Spec, number: int) -> tuple[Image.Image, str]:
    width, height = 800, 240
    image = Image.new("RGB", (width, height), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    font = _font(16)
    steps = rng.sample(spec.tools, 3)
    for index, step in enumerate(steps):
        left = 30 + index * 260
        draw.rounded_rectangle((left, 80, left + 200, 160), 12, outline=_PALETTE[index], width=3)
        draw.text((left + 12, 110), step[:22], fill="black", font=font)
        if index < 2:
            draw.line((left + 200, 120, left + 260, 120), fill="black", width=3)
            draw.polygon([(left + 260, 120), (left + 248, 113), (left + 248, 127)], fill="black")
    alt = (
        f"Diagram of {steps[0]} passing its output to {steps[1]}, which passes its "
        f"output to {steps[2]} (figure {number} of {spec.title})"
    )
    return image, alt


def _plot(rng: random.Random, spec: Spec, number: int) -> tuple[Image.Image, str]:
    width, height = 760, 420
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = _font(14)
    draw.line((60, 360, 720, 360), fill="black", width=2)
    draw.line((60, 40, 60, 360), fill="black", width=2)
    days = 40
    peak = rng.randint(12, 28)
    series = rng.randint(2, 3)
    for line in range(series):
        points = []
        for day in range(days):
            value = max(0.0, 1 - abs(day - peak) / peak) * (280 - line * 60)
            value += rng.uniform(-8, 8)
            points.append((60 + day * 16, 360 - max(0.0, value)))
        draw.line(points, fill=_PALETTE[line], width=3)
    for day in range(0, days + 1, 10):
        draw.text((52 + day * 16, 368), str(day), fill="black", font=font)
    label = rng.choice(("average", "maximum", "minimum", "inflammation"))
    draw.text((70, 20), f"{label} per day", fill="black", font=font)
    alt = (
        f"Line plot of {series} series of {label} inflammation over {days} days, "
        f"rising to a peak near day {peak} and falling again (figure {number} of "
        f"{spec.title})"
    )
    return image, alt


def _heatmap(rng: random.Random, spec: Spec, number: int) -> tuple[Image.Image, str]:
    rows, columns, cell = 20, 40, 18
    image = Image.new("RGB", (columns * cell, rows * cell), "white")
    draw = ImageDraw.Draw(image)
    peak = rng.randint(10, 30)
    for row in range(rows):
        for column in range(columns):
            level = max(0.0, 1 - abs(column - peak) / peak) * rng.uniform(0.6, 1.0)
            colour = (int(40 + 215 * level), int(40 + 180 * level), int(140 - 100 * level))
            draw.rectangle(
                (column * cell, row * cell, column * cell + cell - 1, row * cell + cell - 1),
                fill=colour,
            )
    alt = (
        f"Heat map of inflammation for {rows} patients over {columns} days, brightest "
        f"around day {peak} (figure {number} of {spec.title})"
    )
    return image, alt


def _bars(rng: random.Random, spec: Spec, number: int) -> tuple[Image.Image, str]:
    width, height = 640, 400
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = _font(14)
    labels = rng.sample(spec.concepts, 4)
    values = [rng.randint(20, 300) for _ in labels]
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        left = 50 + index * 145
        draw.rectangle((left, 340 - value, left + 90, 340), fill=_PALETTE[index])
        draw.text((left, 350), label.split()[-1][:14], fill="black", font=font)
    draw.line((40, 340, 620, 340), fill="black", width=2)
    tallest = labels[values.index(max(values))]
    alt = (
        f"Bar chart comparing {', '.join(labels[:3])} and {labels[3]}, with the "
        f"tallest bar for {tallest} (figure {number} of {spec.title})"
    )
    return image, alt


_DRAWINGS = (_tree, _pipeline, _plot, _heatmap, _bars)


def _svg(rng: random.Random, spec: Spec, number: int) -> tuple[bytes, str, int, int]:
    width, height = 640, 260
    steps = rng.sample(spec.concepts, 3)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">',
        f"<title>{escape(spec.title)}: {escape(' to '.join(steps))}</title>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    for index, step in enumerate(steps):
        left = 20 + index * 215
        colour = "#{:02x}{:02x}{:02x}".format(*_PALETTE[index])
        parts += [
            f'<rect x="{left}" y="90" width="180" height="80" rx="10" fill="none" '
            f'stroke="{colour}" stroke-width="3"/>',
            f'<text x="{left + 12}" y="136" font-family="sans-serif" font-size="15">'
            f"{escape(step)}</text>",
        ]
        if index < 2:
            parts.append(
                f'<path d="M{left + 180} 130 H{left + 210} l-8 -6 v12 l8 -6" '
                'stroke="#000" fill="#000"/>'
            )
    parts.append("</svg>")
    alt = (
        f"Drawing of three stages, {steps[0]}, {steps[1]} and {steps[2]}, joined by "
        f"arrows (figure {number} of {spec.title})"
    )
    return "\n".join(parts).encode(), alt, width, height


SVG_EPISODES = {"intro", "pipes-filters", "analyzing-data", "functions"}


def figures(rng: random.Random, spec: Spec) -> list[Figure]:
    made: list[Figure] = []
    for number in range(1, spec.figures + 1):
        if number == 1 and spec.id in SVG_EPISODES:
            data, alt, width, height = _svg(rng, spec, number)
            made.append(Figure(f"fig/{spec.id}-{number}.svg", alt, width, height, data))
            continue
        drawing = _DRAWINGS[(len(made) + len(spec.id)) % len(_DRAWINGS)]
        image, alt = drawing(rng, spec, number)
        data = _png(image)
        made.append(Figure(f"fig/{spec.id}-{number}.png", alt, *image.size, data))
    for figure in made:
        assert len(figure.data) < FIGURE_LIMIT, figure.path
    return made


# Episodes.
@dataclass(frozen=True)
class Link:
    """A link an episode makes: to an episode (or, with target "", the module's
    page), as written."""

    target: str
    anchor: str
    text: str
    written: str


@dataclass
class Episode:
    spec: Spec
    order: int
    body: str = ""
    figures: list[Figure] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.spec.id

    def text(self, plain: bool = False) -> str:
        """The page's file: front matter and body."""
        front = (
            f"---\ntitle: {self.spec.title}\norder: {self.order}\n"
            f"summary: {self.spec.summary}\naudience: participant\n---\n\n"
        )
        return front + (plain_links(self.body) if plain else self.body) + "\n"


@dataclass
class Lesson:
    episodes: list[Episode]
    key_points: list[str]
    download: bytes

    @property
    def words(self) -> int:
        return sum(prose_words(episode.body) for episode in self.episodes)

    @property
    def figures(self) -> list[Figure]:
        return [figure for episode in self.episodes for figure in episode.figures]


def prose_words(markdown: str) -> int:
    """Words of a Markdown text outside its fenced code."""
    outside = re.sub(r"^( *)```[a-z]*\n.*?^\1```$", "", markdown, flags=re.DOTALL | re.MULTILINE)
    return len(outside.split())


def plain_links(markdown: str) -> str:
    """Links by id written as the relative links of a plain MkDocs project."""
    markdown = re.sub(rf"\]\(materi:{MODULE}/([a-z0-9-]+)", r"](\1.md", markdown)
    return markdown.replace(f"](modul:{MODULE})", "](index.md)")


_STEP_TEXTS = (
    "Run {tool} and look at what it prints:",
    "Next, try {tool} with the same input as before:",
    "Check {concept} before going on to {file}:",
    "Now repeat the step for {file} and the other files:",
    "Use {tool} to see {concept}:",
    "Finally, compare the result with {file}:",
    "Type the following to explore {concept}, pressing Enter at the end of each line:",
    "Save the lines below, which use {tool}, and run them once:",
    "Write down what you expect {concept} to be, then run:",
    "With {file} open in another window, try:",
)
_LINK_SENTENCES = (
    "We met this idea in [{text}]({address}), and it applies here as well.",
    "See [{text}]({address}) for a longer explanation.",
    "If this feels unfamiliar, revisit [{text}]({address}) first.",
    "The section [{text}]({address}) shows the same technique on other data.",
    "Compare this with [{text}]({address}).",
    "A worked example is in [{text}]({address}).",
)
_NOTE_TITLES = (
    "What about Windows?",
    "Why this matters",
    "A note on names",
    "Where does the output go?",
    "Reading the error",
    "Good practice",
)


class Writer:
    """Builds the episodes of a lesson from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.prose = Prose(self.rng, set())

    def link(self, episode: Episode, episodes: list[Episode], index: int) -> str:
        """A sentence with a link to another episode, by id or by file name, to one of
        its sections or the page itself."""
        rng = self.rng
        others = [other for other in episodes if other is not episode]
        target = others[(index * 5 + episode.order) % len(others)]
        link: list[Link] = []

        def make() -> str:
            heading = rng.choice(target.spec.sections) if index % 3 != 2 else ""
            fragment = f"#{anchor(heading)}" if heading else ""
            written = (
                f"materi:{MODULE}/{target.id}{fragment}"
                if index % 2 == 0
                else f"{target.id}.md{fragment}"
            )
            text = re.sub(r"[`*]", "", heading) if heading else target.spec.title
            link[:] = [Link(target.id, fragment[1:], text, written)]
            return rng.choice(_LINK_SENTENCES).format(text=text, address=written)

        sentence = self.prose.unique(make)
        episode.links += link
        return sentence

    def episodes(self) -> list[Episode]:
        episodes = [Episode(spec, order) for order, spec in enumerate(SPECS, start=1)]
        budget = WORDS // len(episodes)
        for episode in episodes:
            self.write(episode, episodes, budget)
        return episodes

    def write(self, episode: Episode, episodes: list[Episode], budget: int) -> None:
        rng, prose, spec = self.rng, self.prose, episode.spec
        episode.figures = figures(rng, spec)
        # Each section: a list of blocks; paragraphs are added later up to the budget.
        sections: list[list[str]] = [[] for _ in spec.sections]
        facts = list(spec.facts)
        for blocks in sections:
            first = facts.pop(0) if facts else None
            blocks.append(wrap(prose.paragraph(spec, rng.randint(3, 5), first)))

        questions = [
            prose.unique(lambda: f"What does `{rng.choice(spec.tools)}` do in {spec.title}?")
            for _ in range(2)
        ]
        objectives = [
            prose.unique(lambda: f"Explain {rng.choice(spec.concepts)} in your own words.")
            for _ in range(2)
        ]
        sections[0].insert(
            0,
            '!!! note "Overview"\n    **Questions**\n\n'
            + "\n".join(f"    - {text}" for text in questions)
            + "\n\n    **Objectives**\n\n"
            + "\n".join(f"    - {text}" for text in objectives),
        )
        if spec.id == "intro":
            sections[4].append(
                wrap(
                    f"Download the [lesson data]({DOWNLOAD}) and unpack it on your "
                    "Desktop before the next episode; every example works on these files."
                )
            )

        # Code and its output in sections 1 to 5, at the top level.
        for blocks in sections[1:]:
            lines, output = code(rng, spec.language)
            block = fence(lines, spec.language)
            if output:
                block += "\n\n" + fence(output, "output")
            blocks.append(block)

        # Numbered lists whose items hold code, indented 4 spaces.
        figures_left = list(episode.figures)
        for list_number in range(2):
            blocks = sections[1 + list_number * 2]
            items = []
            for step in range(rng.randint(3, 4)):
                language = spec.language
                if spec.language == "python" and step == 0 and list_number == 1:
                    language = "bash"  # running the program from the shell
                lines, _ = code(rng, language)
                text = prose.unique(
                    lambda: rng.choice(_STEP_TEXTS).format(
                        tool=f"`{rng.choice(spec.tools)}`",
                        concept=rng.choice(spec.concepts),
                        file=rng.choice(_FILES[spec.language]),
                    )
                )
                item = f"{step + 1}. {text}\n\n{fence(lines, language, '    ')}"
                if step == 1 and list_number == 0 and episode.order % 3 == 0 and figures_left:
                    figure = figures_left.pop()
                    item += f"\n\n    ![{figure.alt}]({figure.path})"
                items.append(item)
            blocks.append("\n\n".join(items))

        # A tip with code inside, a titled note, a warning in every third episode.
        lines, _ = code(rng, spec.language)
        tip_title = "" if episode.order % 2 else f' "{rng.choice(_NOTE_TITLES)}"'
        sections[2].append(
            f"!!! tip{tip_title}\n"
            + wrap(prose.paragraph(spec, 2), "    ")
            + "\n\n"
            + fence(lines, spec.language, "    ")
        )
        sections[3].append(
            f'!!! note "{rng.choice(_NOTE_TITLES)}"\n' + wrap(prose.paragraph(spec, 3), "    ")
        )
        if episode.order % 3 == 1:
            sections[5].append("!!! warning\n" + wrap(prose.paragraph(spec, 2), "    "))

        # A table of commands.
        align = rng.choice(("| --- | --- |", "| :--- | :---: |", "| --- | ---: |"))
        # (A '|' in a cell's code would need a backslash, which the page then shows.)
        tools = [tool for tool in spec.tools if "|" not in tool]
        rows = [
            f"| `{tool}` | {concept[0].upper() + concept[1:]} |"
            for tool, concept in zip(
                rng.sample(tools, 5), rng.sample(spec.concepts, 5), strict=True
            )
        ]
        sections[4].append("\n".join(["| Command | What it is about |", align, *rows]))

        # The figures not placed in a list, spread over the sections.
        for number, figure in enumerate(figures_left):
            blocks = sections[1 + number % 5]
            blocks.insert(rng.randint(1, len(blocks)), f"![{figure.alt}]({figure.path})")

        # Links to other episodes, both ways of writing them.
        for index in range(5):
            blocks = sections[index % 5 + 1]
            sentence = self.link(episode, episodes, index)
            paragraph = prose.paragraph(spec, rng.randint(1, 3)) + " " + sentence
            blocks.insert(rng.randint(1, len(blocks)), wrap(paragraph))

        # The way on.
        following = episodes[episode.order] if episode.order < len(episodes) else None
        if following is not None:
            written = (
                f"{following.id}.md" if episode.order % 2 else f"materi:{MODULE}/{following.id}"
            )
            episode.links.append(Link(following.id, "", following.spec.title, written))
            sections[-1].append(f"Continue with [{following.spec.title}]({written}).")
        else:
            episode.links.append(Link("", "", "lesson overview", f"modul:{MODULE}"))
            sections[-1].append(
                f"That is the end of the lesson: return to the [lesson overview](modul:{MODULE})."
            )

        # Prose up to the episode's share of the words (to the nearest paragraph).
        def body() -> str:
            parts = []
            for heading, blocks in zip(spec.sections, sections, strict=True):
                parts += [f"## {heading}", *blocks]
            return "\n\n".join(parts)

        while True:
            paragraph = wrap(prose.paragraph(spec, rng.randint(3, 6)))
            missing = budget - prose_words(body())
            if missing < prose_words(paragraph) / 2:
                break
            blocks = rng.choice(sections)
            blocks.insert(rng.randint(1, len(blocks)), paragraph)
        episode.body = body()


KEY_POINTS = (
    "`pwd` prints the current working directory, and `cd path` changes it.",
    "`ls -F` marks directories with a trailing `/` and programs with `*`.",
    "`cp old new` copies a file, `mv old new` renames it, and `rm path` removes it *for good*.",
    "`command > file` sends the output to a file, and `first | second` pipes it into "
    "the next command.",
    "`for thing in list; do ...; done` repeats commands; use `$thing` inside the loop.",
    'Save commands in a script and run it with `bash script.sh "$@"`.',
    "`grep` finds lines in files; `find` finds the files themselves.",
    "`numpy.loadtxt(fname, delimiter=',')` reads a table into an array.",
    "Use `for item in collection:` with an indented body to repeat actions in Python.",
    "`if`, `elif` and `else` choose what to do; test equality with `==`.",
    "Define functions with `def name(parameters):` and document them with a docstring.",
)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def module_yaml(lesson: Lesson) -> str:
    lines = [
        f"id: {MODULE}",
        "title: Programming with the Shell and Python",
        "summary: Automating research tasks with the Unix shell and analysing data with Python.",
        "description: |",
        "  A two-day lesson in the style of the Software Carpentry workshops: the Unix",
        "  shell for working with files and automating repetitive tasks, then Python for",
        "  loading, analysing and plotting data."
        + (f" Start with [the first episode](materi:{MODULE}/intro)." if lesson.episodes else ""),
        "learning_outcome: Participants automate a repetitive analysis with shell scripts "
        "and write reusable Python functions that load, check and plot tabular data.",
        "jp:",
        "  total: 16",
        "  theory: 4",
        "  practice: 12",
        "key_points:",
        *(f"  - {_quoted(point)}" for point in lesson.key_points),
        "downloads:",
        "  - title: Lesson data",
        f"    file: {DOWNLOAD}",
        "    description: The files every episode works on.",
    ]
    return "\n".join(lines) + "\n"


def _download(rng: random.Random) -> bytes:
    """The lesson's data: a few small text files in a ZIP archive, dated as ZIP's
    epoch so that the bytes do not depend on when they were made."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("NENE01729A.txt", "NENE01812A.txt", "NENE02040B.txt"):
            values = "\n".join(f"{rng.uniform(0, 2):.6f}" for _ in range(300))
            archive.writestr(
                zipfile.ZipInfo(f"shell-lesson-data/north-pacific-gyre/{name}"), values
            )
        rows = "\n".join(
            f"2023-11-{day:02d},{rng.choice(('deer', 'rabbit', 'bear', 'fox'))},{day % 7 + 1}"
            for day in range(1, 29)
        )
        archive.writestr(zipfile.ZipInfo("shell-lesson-data/exercise-data/animals.csv"), rows)
    return buffer.getvalue()


def lesson(seed: int = 1) -> Lesson:
    """The lesson's content (nothing written yet)."""
    writer = Writer(seed)
    episodes = writer.episodes()
    return Lesson(episodes, list(KEY_POINTS), _download(writer.rng))


def _config(site_name: str, plugin: bool) -> str:
    """The repository's mkdocs.yml without its navigation, in English, with or
    without the plugin."""
    config = (REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n")[0]
    config = re.sub(r"(?m)^site_name: .*$", f"site_name: {site_name}", config)
    config = re.sub(r"(?m)^(\s+language:) id$", r"\1 en", config)
    config = re.sub(r"(?m)^(\s+permalink_title:) .*$", r"\1 Link to this section", config)
    if not plugin:
        config = re.sub(r"\n(  #.*\n)*  - silabus\n", "\n", config)
    return config.rstrip("\n") + "\n"


def make_lesson(root: Path, seed: int = 1, episodes: bool = True) -> Lesson:
    """The lesson as a Silabus project at `root` (created; must not exist); without
    `episodes`, the module and its data alone (a benchmark's baseline)."""
    made = (
        lesson(seed) if episodes else Lesson([], list(KEY_POINTS), _download(random.Random(seed)))
    )
    curriculum = root / "curriculum"
    folder = curriculum / "modules" / MODULE
    (folder / "fig").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text(
        "# Software Carpentry\n\nA lesson on the Unix shell and Python.\n", encoding="utf-8"
    )
    (root / "mkdocs.yml").write_text(_config("Software Carpentry", True), encoding="utf-8")
    (curriculum / "program.yml").write_text(
        "id: software-carpentry\n"
        "title: Software Carpentry Workshop\n"
        "language: en\n"
        "organizer: The Carpentries\n"
        "agendas:\n"
        "  - id: day-one\n"
        "    title: The Shell and Python\n"
        f"    modules: [{MODULE}]\n",
        encoding="utf-8",
    )
    (curriculum / "modules" / f"{MODULE}.yml").write_text(module_yaml(made), encoding="utf-8")
    for episode in made.episodes:
        (folder / f"{episode.id}.md").write_text(episode.text(), encoding="utf-8")
    _write_files(made, folder)
    return made


def make_plain_lesson(root: Path, seed: int = 1, episodes: bool = True) -> Lesson:
    """The same episodes as a plain MkDocs project at `root` (created; must not exist);
    without `episodes`, its overview page and data alone."""
    made = (
        lesson(seed) if episodes else Lesson([], list(KEY_POINTS), _download(random.Random(seed)))
    )
    docs = root / "docs"
    (docs / "fig").mkdir(parents=True)
    overview = [
        "# Programming with the Shell and Python",
        "",
        "Automating research tasks with the Unix shell and analysing data with Python.",
        "",
        "## Episodes",
        "",
        *(
            f"{episode.order}. [{episode.spec.title}]({episode.id}.md): {episode.spec.summary}"
            for episode in made.episodes
        ),
        "",
        "## Key points",
        "",
        *(f"- {point}" for point in made.key_points),
        "",
        "## Downloads",
        "",
        f"- [Lesson data]({DOWNLOAD})",
    ]
    (docs / "index.md").write_text("\n".join(overview) + "\n", encoding="utf-8")
    for episode in made.episodes:
        (docs / f"{episode.id}.md").write_text(episode.text(plain=True), encoding="utf-8")
    _write_files(made, docs)
    nav = "".join(f"  - {episode.id}.md\n" for episode in made.episodes)
    (root / "mkdocs.yml").write_text(
        _config("Software Carpentry", False) + "\nnav:\n  - index.md\n" + nav,
        encoding="utf-8",
    )
    return made


def _write_files(made: Lesson, folder: Path) -> None:
    for figure in made.figures:
        (folder / figure.path).write_bytes(figure.data)
    (folder / DOWNLOAD).parent.mkdir(parents=True, exist_ok=True)
    (folder / DOWNLOAD).write_bytes(made.download)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="the project folder to create")
    parser.add_argument("--plain", action="store_true", help="a plain MkDocs project")
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    made = (make_plain_lesson if arguments.plain else make_lesson)(arguments.root, arguments.seed)
    print(
        f"Wrote a lesson of {len(made.episodes)} episodes, {made.words:,} words and "
        f"{len(made.figures)} figures into {arguments.root}."
    )


if __name__ == "__main__":
    main()
