// The property pages of the editor stack, one per kind of object, mirroring the Windows property dialogs
// tab by tab with every field.
#pragma once

#include "defaultresponseeditor.h"
#include "filteractioneditor.h"
#include "filtereditor.h"
#include "filterlisteditor.h"
#include "policyeditor.h"
#include "ruleeditor.h"
#include "storeeditor.h"
