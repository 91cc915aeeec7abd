"""The Silabus hook, for projects whose mkdocs.yml names `hooks/silabus_hook.py`
(made before the plugin): its events are those of one Silabus plugin object.
New projects say `plugins: [silabus]` instead."""

from __future__ import annotations

from silabus.engines.mkdocs import SilabusPlugin

hook = SilabusPlugin()
hook.load_config({})  # the plugin's defaults: the audience comes from extra.silabus

on_startup = hook.on_startup
on_config = hook.on_config
on_files = hook.on_files
on_page_markdown = hook.on_page_markdown
on_page_content = hook.on_page_content
on_env = hook.on_env
on_post_page = hook.on_post_page
on_post_template = hook.on_post_template
on_post_build = hook.on_post_build
on_build_error = hook.on_build_error
on_shutdown = hook.on_shutdown
