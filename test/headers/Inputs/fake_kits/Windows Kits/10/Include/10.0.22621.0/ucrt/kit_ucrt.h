// A stand-in for a UCRT header (Include/<v>/ucrt).
#pragma once
#define FAKE_KIT_UCRT 1
