// A stand-in for the kernel C runtime headers (Include/<v>/km/crt).
#pragma once
#define FAKE_KIT_CRT 1
