"""The engines that turn Silabus's pages into a site, one module each. The core
(load, model, check, render) never imports this package."""
