{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 5,
			"revision": 6,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			40,
			60,
			1060,
			820
		],
		"bglocked": 0,
		"openinpresentation": 0,
		"default_fontsize": 12.0,
		"default_fontface": 0,
		"default_fontname": "Arial",
		"gridonopen": 1,
		"gridsize": [
			15.0,
			15.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"boxanimatetime": 200,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 0.0,
		"description": "the regression stage (Wekinator protocol): record, train, run",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.regress",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						10,
						400,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 24.0,
					"fontface": 1,
					"id": "obj-1"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "the regression stage (Wekinator protocol): record, train, run",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						46,
						600,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 13.0,
					"id": "obj-2"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "The stage runs inside ravebridge serve (inputs on 6448, outputs to 12000), or alone as ravebridge regression serve.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						76,
						480,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-3"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.regress.maxpat",
					"args": [
						"127.0.0.1",
						6448,
						12000
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						348,
						250,
						156
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-4"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "outputs 0.2 0.8",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						130,
						119.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-5"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "record 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						130,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-6"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "inputs 0.1 0.5",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						156,
						112.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-7"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "record 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						156,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-8"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "outputs 0.9 0.1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						182,
						119.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-9"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "record 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						182,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-10"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "inputs 0.8 0.9",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						208,
						112.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-11"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "record 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						208,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-12"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "train",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						234,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-13"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "run 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						234,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-14"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "inputs 0.15 0.5",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						260,
						119.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-15"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "run 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						260,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-16"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "delete",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						286,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-17"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "control setAlgorithm 1 linear",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						286,
						217.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-18"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "dump",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						312,
						42.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-19"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.regress-0",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						534,
						154.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-20"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.regress-1",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						220,
						534,
						154.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-21"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Arguments",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						20,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-22"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "host: stage address (default 127.0.0.1)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						44,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "port: stage input port (default 6448)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						68,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-24"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "listen: port the stage sends outputs and status to (default 12000)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						92,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-25"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Messages (inlet, or [s rave.regress])",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						136,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-26"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "record 0|1: start or stop recording examples (sends the targets first)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						160,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-27"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "train: train every output that has examples",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						204,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-28"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "cancel: cancel training",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						228,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-29"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "run 0|1: start or stop running: inputs give outputs",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						252,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-30"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "delete: delete all examples",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						276,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-31"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "outputs f...: target values paired with the inputs while recording",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						300,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-32"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "inputs f...: send /wek/inputs (rave.gametrak.scale does it for the Gametrak)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						344,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-33"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "control name args...: any /wekinator/control/<name> message, e.g. control setAlgorithm 1 linear",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						388,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-34"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "connect [host] [port]: where the stage listens",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						432,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-35"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "listen port: port to receive outputs and status on",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						456,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-36"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "dump: output every displayed value as display <field> <value> (right outlet)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						480,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-37"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Outlets",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						524,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-38"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "0: outputs (list) while running: one value per output",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						548,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-39"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "1: examples <n> ..., training <fraction>, done-training, training-cancelled, error <address> <reason>, saved, loaded, display <field> <value> after dump",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						572,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-40"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Follows and sets the shared recording state, so the Gametrak's foot switch and the record toggle agree.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						636,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-41"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-5",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-8",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-9",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-10",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-11",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-15",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-16",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-17",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-18",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-19",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						0
					],
					"destination": [
						"obj-20",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						1
					],
					"destination": [
						"obj-21",
						0
					]
				}
			}
		]
	}
}
