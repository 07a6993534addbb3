// A stand-in for a user-mode header (Include/<v>/um).
#pragma once
#define FAKE_KIT_UM 1
